package lessontest_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/rogpeppe/go-internal/txtar"
	"github.com/socklab/socklab/runner"
)

// TestMain lets the test binary act as socklab, so that the lesson tests
// below run real "socklab run" processes.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"socklab": func() { os.Exit(runner.Main(os.Args[1:])) },
	})
}

// writeTree writes the files of a txtar archive below dir.
func writeTree(t testing.TB, dir, archive string) {
	t.Helper()
	for _, f := range txtar.Parse([]byte(archive)).Files {
		path := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// greeter is a lesson whose server greets one client on 127.0.0.1:12345.
const greeter = `
-- server.go --
//go:build ignore

package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	defer ln.Close()
	conn, addr := ln.Accept()
	defer conn.Close()
	fmt.Println("Connected to:", addr)
	conn.SendLine("Hello from server")
}
-- client.go --
//go:build ignore

package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	conn := sock.Connect("127.0.0.1", 12345)
	defer conn.Close()
	line, _ := conn.RecvLine()
	fmt.Println(line)
}
`

// greeterTest is a passing test of greeter.
const greeterTest = `
-- tests/greet.txtar --
exec socklab run server.go &server&
listening 127.0.0.1:12345
exec socklab run client.go
stdout '^Hello from server$'
wait server
stdout '^Connected to: 127\.0\.0\.1:\d+$'
`
