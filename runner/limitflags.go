package runner

import (
	"fmt"
	"os"
	"strconv"

	"github.com/socklab/socklab/runner/confine"
	"github.com/spf13/pflag"
)

// addLimitFlags adds the flags that change a script's limits to fs, each
// writing into l. Their defaults come from the environment when it holds
// limits (a socklab run inside socklab test takes the test's), else from
// confine.DefaultLimits.
func addLimitFlags(fs *pflag.FlagSet, l *confine.Limits) {
	env, err := confine.LimitsFromEnv(os.Getenv)
	if err != nil {
		env = confine.DefaultLimits
	}
	*l = env
	fs.Var((*sizeFlag)(&l.Memory), "max-memory", "let each script use at most `SIZE` of memory (\"none\" for no limit)")
	fs.Var((*countFlag)(&l.Files), "max-files", "let each script have at most `N` files and connections open at once")
	fs.Var((*countFlag)(&l.Threads), "max-threads", "let each script use at most `N` threads")
	fs.Var((*sizeFlag)(&l.Output), "max-output", "stop a script that writes more than `SIZE` of output")
}

// sizeFlag is a number of bytes written as 1GiB, 200MiB, 4096 or none.
type sizeFlag int64

func (f *sizeFlag) String() string { return confine.Size(int64(*f)) }
func (f *sizeFlag) Type() string   { return "size" }
func (f *sizeFlag) Set(s string) error {
	n, err := confine.ParseSize(s)
	if err != nil {
		return err
	}
	*f = sizeFlag(n)
	return nil
}

// countFlag is a positive count, or none.
type countFlag int

func (f *countFlag) String() string {
	if *f < 0 {
		return "none"
	}
	return strconv.Itoa(int(*f))
}
func (f *countFlag) Type() string { return "count" }
func (f *countFlag) Set(s string) error {
	if s == "none" {
		*f = -1
		return nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		return fmt.Errorf("%q is not a positive count (or none)", s)
	}
	*f = countFlag(n)
	return nil
}
