// Package allow decides which symbols of Go's standard library and of
// socklab's helper packages a script may reach.
//
// Every exported function, variable, constant, type and method of every
// package a script may import is classified in an audit (audit.txt): pure
// (it reaches nothing outside the process), wrapped (it passes the file gate
// runner/fsgate or the network gate runner/netgate), or refused, with the
// flag that lifts the refusal. The audit is generated from the rules in
// rules*.go by `go generate` and checked in, so that each change to what
// scripts can reach is a reviewed diff; a test keeps it complete and fresh.
//
// A symbol the audit does not name is refused: when a new Go release or a
// new version of the interpreter adds one, scripts cannot reach it, and the
// tests fail until someone classifies it.
package allow

//go:generate go run gen.go

// Class says how a script may reach a symbol.
type Class uint8

const (
	Unclassified Class = iota // no rule names it: refused, and the tests fail
	Pure                      // reaches nothing outside the process
	Wrapped                   // reaches files or the network only through a gate
	Refused                   // removed from the script's reach unless its flag is given
)

var classNames = [...]string{"unclassified", "pure", "wrapped", "refused"}

func (c Class) String() string { return classNames[c] }

// A Flag lifts a refusal: it is the command-line flag of socklab run.
type Flag string

const (
	NoFlag Flag = ""
	Files  Flag = "--allow-files"
	Net    Flag = "--allow-net"
	Exec   Flag = "--allow-exec"
	Unsafe Flag = "--allow-unsafe"
)

// Verdict is the audit's classification of one symbol.
//
// For a refused symbol, Flag is the flag that lifts the refusal (NoFlag if
// nothing does). For a wrapped symbol, Flag, when set, is the flag under
// which the script gets the original instead of the wrapper.
type Verdict struct {
	Class Class
	Flag  Flag
	Why   string // a sentence for the reviewer, and for the refused script
}

// Flags says which restrictions a run lifts.
type Flags struct {
	Files, Net, Exec, Unsafe bool
}

// Has reports whether f lifts what flag guards. NoFlag is never lifted.
func (f Flags) Has(flag Flag) bool {
	switch flag {
	case Files:
		return f.Files
	case Net:
		return f.Net
	case Exec:
		return f.Exec
	case Unsafe:
		return f.Unsafe
	}
	return false
}

// Reachable reports whether a script run with f may use a symbol with
// verdict v at all (the original or its wrapper).
func (v Verdict) Reachable(f Flags) bool {
	switch v.Class {
	case Pure, Wrapped:
		return true
	case Refused:
		return f.Has(v.Flag)
	}
	return false
}
