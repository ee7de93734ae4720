package runner

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"

	"github.com/socklab/socklab/runner/confine"
)

// Version is socklab's release.
const Version = "0.1.0"

func versionCommand(stdout io.Writer) *Command {
	c := newCommand("version", "version", "print socklab's version", `
Version prints socklab's version, the yaegi interpreter's version it embeds,
and the Go version it was built with; then the kernel's layers that confine
each script on this machine, and the limits each script gets by default.`)
	c.Run = func(args []string) error {
		if len(args) > 0 {
			return usagef(c, "version takes no arguments")
		}
		fmt.Fprintf(stdout, "socklab %s (yaegi %s, %s %s/%s)\n", Version, depVersion("github.com/traefik/yaegi"), runtime.Version(), runtime.GOOS, runtime.GOARCH)
		fmt.Fprintf(stdout, "sandbox: %s\n", confine.Describe(confine.Probe()))
		fmt.Fprintf(stdout, "limits: %s\n", confine.DefaultLimits)
		return nil
	}
	return c
}

func depVersion(path string) string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == path {
				return d.Version
			}
		}
	}
	return "unknown"
}
