//go:build !(linux && amd64)

package gostd

import (
	"reflect"

	ysyscall "github.com/traefik/yaegi/stdlib/syscall"
)

// table_syscall returns the interpreter's table of syscall: socklab's is
// generated for linux/amd64 only (see symgen.GoStdTables).
func table_syscall() map[string]reflect.Value { return ysyscall.Symbols["syscall/syscall"] }
