//go:build unix

package build

import (
	"os/exec"
	"syscall"
	"time"
)

// ownGroup runs cmd in a process group of its own and, when its context
// ends, kills the whole group: soffice is a script that starts
// soffice.bin, which killing the script alone leaves running at full CPU.
func ownGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	// Children that keep the output pipe open must not keep Wait waiting.
	cmd.WaitDelay = 5 * time.Second
}

// killGroup ends whatever is left of cmd's group after it has exited.
func killGroup(cmd *exec.Cmd) {
	if cmd.Process != nil {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
}
