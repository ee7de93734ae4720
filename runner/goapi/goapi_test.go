package goapi

import (
	"os/exec"
	"strings"
	"testing"
)

func TestParseLine(t *testing.T) {
	tests := []struct {
		line, want string
		generic    bool
	}{
		{"pkg os, func CopyFS(string, fs.FS) error #62484", "os.CopyFS", false},
		{"pkg slices, func Repeat[$0 interface{ ~[]$1 }, $1 interface{}]($0, int) $0 #65238", "slices.Repeat", true},
		{"pkg net, type KeepAliveConfig struct #62254", "net.KeepAliveConfig", false},
		{"pkg iter, type Seq[$0 interface{}] func(func($0) bool) #61897", "iter.Seq", true},
		{"pkg sync/atomic, type Pointer[$0 interface{}] struct #50860", "sync/atomic.Pointer", true},
		{"pkg sync/atomic, method (*Pointer[$0]) Load() *$0 #50860", "", false},
		{"pkg log/slog, var DiscardHandler Handler #62005", "log/slog.DiscardHandler", false},
		{"pkg syscall (linux-amd64), const SO_X = 1", "syscall.SO_X", false},
		{"pkg syscall (linux-amd64-cgo), const SO_X ideal-int", "syscall.SO_X", false},
		{"pkg syscall (openbsd-386), const SO_X = 1", "", false},
		{"pkg net, type KeepAliveConfig struct, Count int #62254", "", false},
		{"pkg hash, type XOF interface, Reset() #69518", "", false},
		{"pkg hash, type XOF interface { BlockSize, Read, Reset, Write } #69518", "hash.XOF", false},
		{"pkg iter, type Seq2[$0 interface{}, $1 interface{}] func(func($0, $1) bool) #61897", "iter.Seq2", true},
		{"pkg unique, type Handle[$0 comparable] struct #62483", "unique.Handle", true},
		{"pkg go/types, type VarKind uint8 #70250", "go/types.VarKind", false},
		{"pkg sync, method (*Map) Clear() #61696", "", false},
		{"pkg runtime, func GOROOT //deprecated #51473", "", false},
	}
	for _, tt := range tests {
		got, generic, ok := parseDecl(tt.line)
		if got != tt.want || ok != (tt.want != "") || generic != tt.generic {
			t.Errorf("parseDecl(%q) = %q, %v, %v; want %q, %v", tt.line, got, generic, ok, tt.want, tt.generic)
		}
	}
}

func TestAddedReadsTheToolchain(t *testing.T) {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Skip("the go command is not installed")
	}
	added, err := Added(strings.TrimSpace(string(out)), 22)
	if err != nil {
		t.Fatal(err)
	}
	for name, minor := range map[string]int{"os.CopyFS": 23, "strings.Lines": 24, "reflect.TypeAssert": 25} {
		if added[name] != minor {
			t.Errorf("Added says %s came in %d, want %d", name, added[name], minor)
		}
	}
	if _, ok := added["strings.Split"]; ok {
		t.Error("Added lists strings.Split, of Go 1.0")
	}
	generic, err := Generic(strings.TrimSpace(string(out)), 17)
	if err != nil {
		t.Fatal(err)
	}
	for name, minor := range map[string]int{"sync/atomic.Pointer": 19, "sync.OnceValue": 21, "reflect.TypeAssert": 25} {
		if generic[name] != minor {
			t.Errorf("Generic says %s came in %d, want %d", name, generic[name], minor)
		}
	}
	if _, ok := generic["os.CopyFS"]; ok {
		t.Error("Generic lists os.CopyFS, which has no type parameters")
	}
	pkgs, err := NewPackages(strings.TrimSpace(string(out)), 22)
	if err != nil {
		t.Fatal(err)
	}
	for pkg, minor := range map[string]int{"iter": 23, "unique": 23, "weak": 24} {
		if pkgs[pkg] != minor {
			t.Errorf("NewPackages says %s came in %d, want %d", pkg, pkgs[pkg], minor)
		}
	}
	for _, old := range []string{"strings", "slices", "go/version", "syscall"} {
		if _, ok := pkgs[old]; ok {
			t.Errorf("NewPackages lists %s", old)
		}
	}
}
