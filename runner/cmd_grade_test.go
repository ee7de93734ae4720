package runner_test

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// gradeClass is a lesson (a greeting server to write for a given client)
// and a class that hands in every kind of work: right, empty, misnamed,
// wrong, stalled, endless, not compiling, and work that tampers with the
// lesson's client to pass.
const gradeClass = `
-- lesson/server.go --
//go:build ignore

package main

import "github.com/socklab/socklab/stdlib/sock"

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	conn, _ := ln.Accept()
	conn.SendLine("Hello from server")
	conn.Close()
}
-- lesson/starter/server.go --
//go:build ignore

package main

func main() {}
-- lesson/client.go --
//go:build ignore

package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	conn := sock.Connect("127.0.0.1", 12345)
	line, _ := conn.RecvLine()
	fmt.Println("got:", line)
}
-- lesson/tests/greet.txtar --
# grade: points=2
exec socklab run server.go &server&
listening 127.0.0.1:12345
# hint: greet the client with one line, Hello from server
exec socklab run client.go
stdout '^got: Hello from server$'
wait server
-- lesson/tests/again.txtar --
# grade: points=1 hidden
exec socklab run server.go &server&
listening 127.0.0.1:12345
# hint: what the hidden test checks
exec socklab run client.go
stdout '^got: Hello from server$'
-- lesson/tests/client.txtar --
# The given client alone, with no server: grades no one.
! exec socklab run client.go
-- class/right/server.go --
//go:build ignore

package main

import "github.com/socklab/socklab/stdlib/sock"

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	conn, _ := ln.Accept()
	conn.SendLine("Hello from server")
	conn.Close()
}
-- class/right/notes.txt --
my notes
-- class/empty/.keep --
-- class/misnamed/Server.go --
//go:build ignore

package main

import "github.com/socklab/socklab/stdlib/sock"

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	conn, _ := ln.Accept()
	conn.SendLine("Hello from server")
	conn.Close()
}
-- class/wrong/server.go --
//go:build ignore

package main

import "github.com/socklab/socklab/stdlib/sock"

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	conn, _ := ln.Accept()
	conn.SendLine("Hello")
	conn.Close()
}
-- class/stalled/server.go --
//go:build ignore

package main

import "github.com/socklab/socklab/stdlib/sock"

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	conn, _ := ln.Accept()
	conn.RecvLine() // and the client waits for its greeting
}
-- class/endless/server.go --
//go:build ignore

package main

import "github.com/socklab/socklab/stdlib/sock"

func main() {
	sock.Listen("127.0.0.1:12345")
	for n := 0; ; n++ { // from the moment it listens, whenever a client comes
	}
}
-- class/broken/server.go --
//go:build ignore

package main

func main() {
	this is not Go
}
-- class/tamper/server.go --
//go:build ignore

package main

import (
	"os"

	"github.com/socklab/socklab/stdlib/sock"
)

const fake = "//go:build ignore\n\npackage main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"got: Hello from server\") }\n"

func main() {
	for _, p := range []string{"client.go", "../client/client.go", "../../client.go"} {
		os.WriteFile(p, []byte(fake), 0o644)
	}
	ln := sock.Listen("127.0.0.1:12345")
	conn, _ := ln.Accept()
	conn.Close()
}
-- class/tamper/client.go --
//go:build ignore

package main

import "fmt"

func main() { fmt.Println("got: Hello from server") }
`

// TestGradeClass grades a class in which only the right work may score
// full marks, and checks the table, the CSV, JSON, JUnit and Gradescope
// reports, the shards and their merge.
func TestGradeClass(t *testing.T) {
	dir := t.TempDir()
	for _, f := range txtar.Parse([]byte(gradeClass)).Files {
		path := filepath.Join(dir, f.Name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	students := []string{"class/right", "class/empty", "class/misnamed", "class/wrong", "class/stalled", "class/endless", "class/broken", "class/tamper"}
	args := append([]string{"grade", "-j", "4", "--timeout", "3s", "--csv", "grades.csv", "--junit", "junit", "--gradescope", "gs", "lesson"}, students...)
	stdout, stderr, code := runSocklab(t, dir, args...)
	if code != 0 {
		t.Fatalf("exit status %d, want 0\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	wantRows := map[string]string{ // student: passed, score, first failure
		"right":    "2/2 100.0",
		"empty":    "0/2 0.0 again: no server.go in the submission",
		"misnamed": "0/2 0.0 again: no server.go in the submission (it has Server.go",
		"wrong":    "0/2 0.0 again: no match for `^got: Hello from server$` found in stdout",
		"stalled":  "0/2 0.0 again: stalled: every program waits to receive",
		"endless":  "0/2 0.0 again: did not end", // at the time limit, or as it computed while the client waited
		"broken":   "0/2 0.0 again: ",
		"tamper":   "0/2 0.0 again: no ",
	}
	table := "| " + strings.Join(strings.Fields(strings.ReplaceAll(stdout, "\n", " | ")), " ")
	for student, row := range wantRows {
		if !strings.Contains(table, "| "+student+" "+row) {
			t.Errorf("no row %q for %s in the table:\n%s", row, student, stdout)
		}
	}
	if !strings.Contains(stdout, "8 students graded on lesson: mean score 12.5, 1 with full marks") {
		t.Errorf("closing line missing:\n%s", stdout)
	}
	if !strings.Contains(stderr, "graded right (") {
		t.Errorf("no progress lines on stderr:\n%s", stderr)
	}

	f, err := os.Open(filepath.Join(dir, "grades.csv"))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(rows[0][:4], ","); got != "student,passed,total,score" {
		t.Errorf("CSV columns begin %q", got)
	}
	for _, row := range rows[1:] {
		want := "0"
		if row[0] == "right" {
			want = "100"
		}
		if row[3] != want {
			t.Errorf("CSV: %s scores %s, want %s", row[0], row[3], want)
		}
		if row[0] == "right" && row[8] != "notes.txt" {
			t.Errorf("CSV: right's ignored files %q, want notes.txt", row[8])
		}
	}

	// The endless work's first test meets the time limit; its second is
	// stopped as soon as the server has looped for a second, however long
	// the client takes to start.
	junit, err := os.ReadFile(filepath.Join(dir, "junit", "endless.xml"))
	if err != nil || !strings.Contains(string(junit), "as it did in an earlier test") {
		t.Errorf("JUnit for endless (%v): its second test was not stopped as the server looped again:\n%s", err, junit)
	}
	junit, err = os.ReadFile(filepath.Join(dir, "junit", "wrong.xml"))
	if err != nil || !strings.Contains(string(junit), `<testsuite name="wrong" tests="2" failures="2"`) {
		t.Errorf("JUnit for wrong (%v):\n%s", err, junit)
	}
	var gs struct {
		Score float64
		Tests []struct {
			Name       string
			Score      float64 `json:"score"`
			MaxScore   float64 `json:"max_score"`
			Visibility string
		}
	}
	data, err := os.ReadFile(filepath.Join(dir, "gs", "right", "results.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &gs); err != nil {
		t.Fatal(err)
	}
	if gs.Score != 3 || len(gs.Tests) != 2 || gs.Tests[0].Name != "again" || gs.Tests[0].Visibility != "hidden" || gs.Tests[1].MaxScore != 2 {
		t.Errorf("Gradescope results for right:\n%s", data)
	}
	// A visible test's hint is in its feedback; a hidden test's is not.
	data, err = os.ReadFile(filepath.Join(dir, "gs", "wrong", "results.json"))
	if err != nil {
		t.Fatal(err)
	}
	var wrong struct {
		Tests []struct{ Name, Output string }
	}
	if err := json.Unmarshal(data, &wrong); err != nil {
		t.Fatal(err)
	}
	for _, test := range wrong.Tests {
		visible, hidden := strings.Contains(test.Output, "\nhint: greet the client with one line"), strings.Contains(test.Output, "\nhint: what the hidden")
		if test.Name == "greet" && !visible || test.Name == "again" && hidden {
			t.Errorf("Gradescope feedback of wrong's %s test: the visible test's hint belongs in it, the hidden one's does not:\n%s", test.Name, test.Output)
		}
	}

	// Two shards cover the class once, and merge into the same table.
	var parts []string
	seen := map[string]int{}
	for _, sh := range []string{"1/2", "2/2"} {
		out, errOut, code := runSocklab(t, dir, append([]string{"grade", "--json", "--shard", sh, "--timeout", "3s", "lesson"},
			"class/right", "class/wrong", "class/empty")...)
		if code != 0 {
			t.Fatalf("shard %s: exit status %d\n%s", sh, code, errOut)
		}
		var c struct{ Students []struct{ Student string } }
		if err := json.Unmarshal([]byte(out), &c); err != nil {
			t.Fatalf("shard %s: %v\n%s", sh, err, out)
		}
		for _, s := range c.Students {
			seen[s.Student]++
		}
		part := filepath.Join(dir, "part"+sh[:1]+".json")
		if err := os.WriteFile(part, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		parts = append(parts, part)
	}
	if len(seen) != 3 || seen["right"] != 1 || seen["wrong"] != 1 || seen["empty"] != 1 {
		t.Errorf("shards graded %v, want each student once", seen)
	}
	merged, errOut, code := runSocklab(t, dir, append([]string{"grade", "--merge"}, parts...)...)
	if code != 0 || !strings.Contains(merged, "right    2/2     100.0") || !strings.Contains(merged, "3 students graded on lesson") {
		t.Errorf("merge: exit status %d\n%s\n%s", code, merged, errOut)
	}
}
