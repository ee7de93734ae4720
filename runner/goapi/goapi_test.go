package goapi

import (
	"os/exec"
	"strings"
	"testing"
)

func TestParseLine(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"pkg os, func CopyFS(string, fs.FS) error #62484", "os.CopyFS"},
		{"pkg slices, func Repeat[$0 interface{ ~[]$1 }, $1 interface{}]($0, int) $0 #65238", "slices.Repeat"},
		{"pkg net, type KeepAliveConfig struct #62254", "net.KeepAliveConfig"},
		{"pkg iter, type Seq[$0 interface{}] func(func($0) bool) #61897", "iter.Seq"},
		{"pkg log/slog, var DiscardHandler Handler #62005", "log/slog.DiscardHandler"},
		{"pkg syscall (linux-amd64), const SO_X = 1", "syscall.SO_X"},
		{"pkg syscall (linux-amd64-cgo), const SO_X ideal-int", "syscall.SO_X"},
		{"pkg syscall (openbsd-386), const SO_X = 1", ""},
		{"pkg net, type KeepAliveConfig struct, Count int #62254", ""},
		{"pkg hash, type XOF interface, Reset() #69518", ""},
		{"pkg hash, type XOF interface { BlockSize, Read, Reset, Write } #69518", "hash.XOF"},
		{"pkg iter, type Seq2[$0 interface{}, $1 interface{}] func(func($0, $1) bool) #61897", "iter.Seq2"},
		{"pkg unique, type Handle[$0 comparable] struct #62483", "unique.Handle"},
		{"pkg go/types, type VarKind uint8 #70250", "go/types.VarKind"},
		{"pkg sync, method (*Map) Clear() #61696", ""},
		{"pkg runtime, func GOROOT //deprecated #51473", ""},
	}
	for _, tt := range tests {
		got, ok := parseLine(tt.line)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("parseLine(%q) = %q, %v; want %q", tt.line, got, ok, tt.want)
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
