// Package stdlib is the registry of socklab's helper packages: the packages
// scripts import besides Go's own standard library.
//
// Each folder below this one is a helper package. Its yaegi symbol table is
// generated into this folder by `go generate ./stdlib` (a test fails when a
// table is stale) and adds itself to Symbols, which the runner loads into
// every interpreter. A new helper package is a new folder here: no other
// file needs an edit.
package stdlib

//go:generate go run gen.go

import "reflect"

// Symbols holds the symbol table of every helper package, keyed as yaegi
// expects ("import/path/name").
var Symbols = map[string]map[string]reflect.Value{}
