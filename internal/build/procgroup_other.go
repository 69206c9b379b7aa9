//go:build !unix

package build

import (
	"os/exec"
	"time"
)

// ownGroup: without process groups, the context kills soffice itself.
func ownGroup(cmd *exec.Cmd) { cmd.WaitDelay = 5 * time.Second }

func killGroup(cmd *exec.Cmd) {}
