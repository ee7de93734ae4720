package runner

import (
	"github.com/socklab/socklab/runner/confine"
	"github.com/socklab/socklab/runner/script"
	"github.com/spf13/pflag"
)

// scriptFlags are the flags that lift a script's restrictions, shared by
// every command that runs scripts.
type scriptFlags struct {
	allowNet, allowFiles, allowExec, allowUnsafe bool
	seed                                         int64
	limits                                       confine.Limits
	hints                                        *hintFlags
	fs                                           *pflag.FlagSet
}

func addScriptFlags(fs *pflag.FlagSet) *scriptFlags {
	f := &scriptFlags{fs: fs}
	fs.BoolVar(&f.allowNet, "allow-net", false, "let scripts listen on and connect to any address, not only loopback")
	fs.BoolVar(&f.allowFiles, "allow-files", false, "let scripts use files outside their own folder")
	fs.BoolVar(&f.allowExec, "allow-exec", false, "let scripts import os/exec and start programs")
	fs.BoolVar(&f.allowUnsafe, "allow-unsafe", false, "let scripts use unsafe's pointers and syscall's functions")
	fs.Int64Var(&f.seed, "seed", 0, "seed math/rand with `N`, so random choices repeat from run to run")
	addLimitFlags(fs, &f.limits)
	f.hints = addHintFlags(fs)
	return f
}

// options returns the script options for path with these flags.
func (f *scriptFlags) options(path, display string, args []string) script.Options {
	o := script.Options{
		Path: path, Display: display, Args: args,
		AllowNet: f.allowNet, AllowFiles: f.allowFiles, AllowExec: f.allowExec, AllowUnsafe: f.allowUnsafe,
		Limits: f.limits, StallHint: f.hints.value(),
	}
	if f.fs.Changed("seed") {
		seed := f.seed
		o.Seed = &seed
	}
	return o
}

type scriptOptions = script.Options
