package rpcserve

import (
	"bufio"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestNetRPCLines checks that each line this package names for net/rpc's
// log calls holds that call in the toolchain's net/rpc/server.go, and that
// the file is the one this binary records.
func TestNetRPCLines(t *testing.T) {
	if !strings.HasSuffix(filepath.ToSlash(netRPCFile()), "net/rpc/server.go") {
		t.Fatalf("netRPCFile() = %q, not net/rpc's server.go", netRPCFile())
	}
	f, err := os.Open(filepath.Join(runtime.GOROOT(), "src", "net", "rpc", "server.go"))
	if err != nil {
		t.Skipf("no source of net/rpc: %v", err)
	}
	defer f.Close()
	var lines []string
	for s := bufio.NewScanner(f); s.Scan(); {
		lines = append(lines, s.Text())
	}
	tests := []struct {
		name string
		line int
		call string
	}{
		{"no service name", lineNoName, "log.Print(s)"},
		{"not exported", lineUnexported, "log.Print(s)"},
		{"no methods", lineNoMethods, "log.Print(str)"},
		{"a response's header", lineResponse, `log.Println("rpc: gob error encoding response:", err)`},
		{"a response's body", lineBody, `log.Println("rpc: gob error encoding body:", err)`},
		{"Accept", lineAccept, `log.Print("rpc.Serve: accept:", err.Error())`},
		{"hijacking", lineHijack, `log.Print("rpc hijacking ", req.RemoteAddr, ": ", err.Error())`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.line > len(lines) || strings.TrimSpace(lines[tt.line-1]) != tt.call {
				t.Errorf("line %d of net/rpc's server.go is not %s", tt.line, tt.call)
			}
		})
	}
	if !strings.Contains(lines[lineNoName-2], "no service name") || !strings.Contains(lines[lineUnexported-2], "is not exported") || !strings.Contains(lines[lineNoMethods-3], "has no exported methods") {
		t.Errorf("the registration's messages are not where the lines say")
	}
}
