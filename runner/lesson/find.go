// Package lesson runs a lesson folder as a whole: its server in the
// background, then its client attached to the terminal, each line of their
// output marked with the program's name.
package lesson

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// A Lesson is a folder of programs that talk to each other.
type Lesson struct {
	Dir    string
	Server string   // the program that starts first and listens
	Client string   // the program that runs attached to the terminal
	Others []string // further programs, to run by hand in other terminals
}

// Find names the programs of the lesson in dir: the top-level .go files
// other than tests. The server is server.go, or the one program whose name
// contains "server". The client is the one other program; among several,
// client.go, or the one whose name ends in 1 (client1.go, player1.go).
func Find(dir string) (*Lesson, error) {
	progs, err := programs(dir)
	if err != nil {
		return nil, err
	}
	l := &Lesson{Dir: dir}
	if l.Server, err = pickServer(dir, progs); err != nil {
		return nil, err
	}
	if readsKeyboard(l.Path(l.Server)) {
		return nil, fmt.Errorf("%s asks for keyboard input too, and a whole-lesson run gives the keyboard to the client only: "+
			"run %s in a terminal of its own, and the client in another", l.Server, l.Path(l.Server))
	}
	var rest []string
	for _, p := range progs {
		if p != l.Server {
			rest = append(rest, p)
		}
	}
	if l.Client, err = pickClient(dir, rest); err != nil {
		return nil, err
	}
	for _, p := range rest {
		if p != l.Client {
			l.Others = append(l.Others, p)
		}
	}
	return l, nil
}

// Path returns the path of the lesson's program named name.
func (l *Lesson) Path(name string) string { return filepath.Join(l.Dir, name) }

// programs lists the .go files at the top of dir, sorted.
func programs(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("reading the lesson folder: %w", err)
	}
	var progs []string
	for _, e := range entries {
		n := e.Name()
		if e.Type().IsRegular() && strings.HasSuffix(n, ".go") && !strings.HasSuffix(n, "_test.go") {
			progs = append(progs, n)
		}
	}
	sort.Strings(progs)
	return progs, nil
}

func pickServer(dir string, progs []string) (string, error) {
	var named []string
	for _, p := range progs {
		if p == "server.go" {
			return p, nil
		}
		if strings.Contains(strings.ToLower(p), "server") {
			named = append(named, p)
		}
	}
	switch len(named) {
	case 1:
		return named[0], nil
	case 0:
		if len(progs) == 0 {
			return "", fmt.Errorf("%s holds no .go files: give the folder of a lesson (its server.go and client.go), or run one program with socklab run FILE.go", dir)
		}
		if parts := Parts(dir, progs); parts != "" {
			return "", fmt.Errorf("%s: %s", dir, parts)
		}
		return "", fmt.Errorf("%s: no server found among %s: a lesson folder needs server.go (or one program with \"server\" in its name); run one program with socklab run FILE.go", dir, list(progs))
	}
	return "", fmt.Errorf("%s: several servers (%s): name the one to start first server.go, or run them one by one with socklab run FILE.go", dir, list(named))
}

func pickClient(dir string, progs []string) (string, error) {
	if len(progs) == 1 {
		return progs[0], nil
	}
	if len(progs) == 0 {
		return "", fmt.Errorf("%s: the server is its only program: run it with socklab run FILE.go", dir)
	}
	var firsts []string
	for _, p := range progs {
		if p == "client.go" {
			return p, nil
		}
		if strings.HasSuffix(p, "1.go") {
			firsts = append(firsts, p)
		}
	}
	if len(firsts) == 1 {
		return firsts[0], nil
	}
	return "", fmt.Errorf("%s: cannot tell which client to run among %s: run the server and each client with socklab run FILE.go, each in a terminal of its own", dir, list(progs))
}

func list(names []string) string {
	if len(names) == 0 {
		return "no .go files"
	}
	return strings.Join(names, ", ")
}
