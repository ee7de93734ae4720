package refuse

import (
	"go/types"
	"strings"
)

//go:generate go test -run ^TestLibraryMethodTable$ -args -write

// A value of Go's library (or of socklab, whose values reach a script
// too) has the methods of an interface the script declares only where its
// type declares a method of each of the interface's names, and none
// declares an Area or a Perimeter: an any that may hold an error of Go's
// library holds no Shape but the script's own (see libraryMayHold).
// libraryMethodNames (librarymethods_table.go, written by `go generate
// ./runner/refuse` and kept complete by TestLibraryMethodTable) lists
// every name of an exported method that the toolchain's library (but its
// commands) or socklab's packages declare; an unexported method of the
// script's interface is never one of another package's (libraryMayHold).

// libraryMethod reports whether a type of Go's library or of socklab
// declares an exported method named name.
func libraryMethod(name string) bool {
	return strings.Contains(libraryMethodNames, "\n"+name+"\n")
}

// libraryMethods reports whether a type of Go's library or of socklab may
// have every method of it, by their names.
func libraryMethods(it *types.Interface) bool {
	for i := range it.NumMethods() {
		if !libraryMethod(it.Method(i).Name()) {
			return false
		}
	}
	return true
}
