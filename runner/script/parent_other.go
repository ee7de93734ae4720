//go:build !linux

package script

import (
	"os"
	"time"

	"github.com/socklab/socklab/runner/hostgo"
)

// watchParent ends the script process when its supervisor is gone (the
// process is then adopted, and its parent id changes). Linux does this in
// the kernel with a parent-death signal (see package proc); elsewhere the
// script process looks for itself.
func watchParent() {
	parent := os.Getppid()
	hostgo.Go(func() {
		for range time.Tick(250 * time.Millisecond) {
			if os.Getppid() != parent {
				os.Exit(1)
			}
		}
	})
}
