package allow_test

import (
	"os"
	"path/filepath"
	"testing"
)

// TestGatedTypesBehaveAsGo runs, on loopback, a script that uses the types
// socklab offers in place of Go's (net.Dialer, net.ListenConfig,
// net.UDPConn, http.Server, http.Transport, http.Dir, httptest.Server)
// and the wrapped
// functions, and checks that it prints what the compiled program prints.
func TestGatedTypesBehaveAsGo(t *testing.T) {
	src, err := os.ReadFile("testdata/gated.go")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.go"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	// What `go run testdata/gated.go` prints (rpc's answer says the call
	// reached the server, which has no service registered).
	const want = `*net.Dialer *net.ListenConfig "hi\n"
*net.UDPConn *net.UDPConn pingpong
*http.Server *http.Transport served <nil>
*httptest.Server tested
rpc: rpc: can't find service Arith.Double
Hello world true true
true <nil>
`
	if got := run(t, dir); got != want {
		t.Errorf("socklab run printed:\n%s\nwant:\n%s", got, want)
	}
}
