//go:build !unix

package outfile

import "os"

// alive cannot ask the system here: a process counts as running unless it
// is this one's predecessor with the same id, which Tidy cannot tell, so
// temporary files are left for the age rule of files without a process id.
func alive(pid int) bool { return pid != os.Getpid() }

// ignorableDirSync: folders cannot be synced on this system; a rename is
// made durable by the system itself.
func ignorableDirSync(error) bool { return true }
