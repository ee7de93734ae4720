package lesson

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// findCase is a folder of files and what Find must make of it.
type findCase struct {
	name   string
	files  []string
	server string
	client string
	others []string
	err    string // part of the error, when Find must fail
}

func TestFind(t *testing.T) {
	tests := []findCase{
		{name: "server and client", files: []string{"server.go", "client.go", "README.md"}, server: "server.go", client: "client.go"},
		{name: "two clients", files: []string{"server.go", "client1.go", "client2.go"}, server: "server.go", client: "client1.go", others: []string{"client2.go"}},
		{name: "players", files: []string{"game_server.go", "player1.go", "player2.go"}, server: "game_server.go", client: "player1.go", others: []string{"player2.go"}},
		{name: "client.go preferred", files: []string{"server.go", "client.go", "client2.go"}, server: "server.go", client: "client.go", others: []string{"client2.go"}},
		{name: "one other program", files: []string{"echo_server.go", "talk.go"}, server: "echo_server.go", client: "talk.go"},
		{name: "tests skipped", files: []string{"server.go", "client.go", "server_test.go"}, server: "server.go", client: "client.go"},
		{name: "no server", files: []string{"client.go", "game.go"}, err: "no server found among client.go, game.go"},
		{name: "empty", files: []string{"README.md"}, err: "holds no .go files"},
		{name: "two servers", files: []string{"server_a.go", "server_b.go", "client.go"}, err: "several servers (server_a.go, server_b.go)"},
		{name: "server alone", files: []string{"server.go"}, err: "the server is its only program"},
		{name: "clients unclear", files: []string{"server.go", "alice.go", "bob.go"}, err: "cannot tell which client to run among alice.go, bob.go"},
	}
	for _, body := range []string{`console.Input("Input message: ")`, `bufio.NewReader(os.Stdin)`, `fmt.Scanln(&s)`} {
		tests = append(tests, findCase{name: "server reads " + body, files: []string{"server.go", "client.go"}, err: "server.go asks for keyboard input too"})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, f := range tt.files {
				src := "package main\n"
				if body, ok := strings.CutPrefix(tt.name, "server reads "); ok && f == "server.go" {
					src += "func main() { " + body + " }\n"
				}
				if err := os.WriteFile(filepath.Join(dir, f), []byte(src), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if err := os.Mkdir(filepath.Join(dir, "game"), 0o755); err != nil {
				t.Fatal(err)
			}
			l, err := Find(dir)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("Find: error %v, want one containing %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Find: %v", err)
			}
			if l.Server != tt.server || l.Client != tt.client || !slices.Equal(l.Others, tt.others) {
				t.Errorf("Find = server %q, client %q, others %q; want %q, %q, %q", l.Server, l.Client, l.Others, tt.server, tt.client, tt.others)
			}
		})
	}
}

func TestFindServerReadingThroughItsOwnPackage(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"server.go":    "package main\n\nimport \"example.com/pack/lesson/game\"\n\nfunc main() { game.Choose() }\n",
		"client.go":    "package main\n\nfunc main() {}\n",
		"game/game.go": "package game\n\nimport \"github.com/socklab/socklab/stdlib/console\"\n\nfunc Choose() string { return console.Input(\"? \") }\n",
	}
	for name, src := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := Find(dir); err == nil || !strings.Contains(err.Error(), "asks for keyboard input too") {
		t.Fatalf("Find = %v, want the keyboard error: the server reads through game", err)
	}
}
