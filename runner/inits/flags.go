package inits

import "flag"

// initFlags are the flags that packages of Go's library define on
// flag.CommandLine in their initialisers, by package: what a Go build
// that links the package has on its command line without defining it.
// (testing's own flags come from testing.Init, which a program calls.)
var initFlags = map[string][]string{
	"testing/quick": {"quickchecks"},
}

// commandLine returns flag.CommandLine as a Go build of a script with
// these imports starts with it: the flags of initFlags for the packages
// imported (the same flags, taken from old, whose values the packages
// read) and none of the flags that packages the script does not import
// defined on old in socklab's process, such as testing/quick's
// -quickchecks or the -testwork of socklab's test harness. The usage it
// prints on a mistake is flag.Usage, as CommandLine's is.
func commandLine(old *flag.FlagSet, imported map[string]bool, name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ExitOnError)
	fs.Usage = func() { flag.Usage() }
	for pkg, names := range initFlags {
		if !imported[pkg] {
			continue
		}
		for _, n := range names {
			if f := old.Lookup(n); f != nil {
				fs.Var(f.Value, f.Name, f.Usage)
			}
		}
	}
	return fs
}
