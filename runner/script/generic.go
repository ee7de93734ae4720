package script

import (
	"strings"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib/generic"
)

// genericDeps names, for each package whose generic parts the interpreter
// holds as Go source, the source packages it imports in turn.
var genericDeps = map[string][]string{"cmp": nil, "maps": nil, "slices": {"cmp"}}

// compileGeneric compiles the interpreter's Go sources of the generic
// parts of cmp, maps and slices that a script with these imports needs,
// and no others. (The interpreter compiles all three whenever it loads its
// standard library's fmt table, a few milliseconds that a script
// importing none of them need not wait, and that a script importing only
// maps need not pay for slices; socklab loads fmt under a key that does
// not trigger it, see packagesFor.)
func compileGeneric(i *interp.Interpreter, imports []string) error {
	need := map[string]bool{}
	for _, p := range imports {
		if deps, ok := genericDeps[p]; ok {
			need[p] = true
			for _, d := range deps {
				need[d] = true
			}
		}
	}
	if len(need) == 0 {
		return nil
	}
	// generic.Sources lists a package before those that import it.
	for _, src := range generic.Sources {
		if !need[sourcePackage(src)] {
			continue
		}
		if _, err := i.Compile(src); err != nil {
			return err
		}
	}
	return nil
}

// sourcePackage returns the name in the package clause of Go source src.
func sourcePackage(src string) string {
	for line := range strings.Lines(src) {
		if name, ok := strings.CutPrefix(line, "package "); ok {
			return strings.TrimSpace(name)
		}
	}
	return ""
}
