package difftest

import (
	"path/filepath"
	"strings"
)

// standalone lists the lesson programs that run on their own, with the
// input each is given: the bytes lesson, and the clients that ask for the
// server's address, pointed at a port where nothing listens (port 1 of
// loopback), so that both runs meet a refused connection.
var standalone = map[string][]string{
	"00-bytes/bytes.go":         {""},
	"01-hello/client.go":        {"127.0.0.1\n1\n", "127.0.0.1\nnot a port\n"},
	"02-two-clients/client1.go": {"127.0.0.1\n1\n"},
	"02-two-clients/client2.go": {"127.0.0.1\n1\n"},
}

// isolatedInput is what the other lesson programs are given to type.
const isolatedInput = "127.0.0.1\n12345\nhello\nbye\n"

// Lessons returns the lesson programs of the scripts folder that run on
// their own, solutions and starters, as programs of the corpus that socklab
// must run the same: every one but the servers, which wait for a client for
// ever. Those listed in standalone run as they are. The other clients dial
// fixed addresses: they run Isolated, in a network namespace of their own
// whose loopback is down, where each meets the same network failure in
// both runs (and no program of the machine can answer them), so that the
// harness compares what they do and print up to it, and how they end.
func Lessons(scripts string) ([]Program, error) {
	var files []string
	for _, pattern := range []string{"*/*.go", "*/starter/*.go"} {
		m, err := filepath.Glob(filepath.Join(scripts, pattern))
		if err != nil {
			return nil, err
		}
		files = append(files, m...)
	}
	var progs []Program
	for _, path := range files {
		rel, err := filepath.Rel(scripts, path)
		if err != nil {
			return nil, err
		}
		rel = filepath.ToSlash(rel)
		if strings.HasSuffix(rel, "_test.go") || strings.HasPrefix(filepath.Base(rel), "server") {
			continue // a server waits for its client for ever: it cannot run alone
		}
		name := "lesson-" + strings.TrimSuffix(strings.ReplaceAll(rel, "/", "-"), ".go")
		dir, file := filepath.Split(path)
		inputs, alone := standalone[rel]
		if !alone {
			inputs = []string{isolatedInput}
		}
		for i, in := range inputs {
			p := Program{Name: name, Dir: filepath.Clean(dir), File: file, Want: Same, Stdin: []byte(in), Isolated: !alone}
			if i > 0 {
				p.Name += "-" + string(rune('1'+i))
			}
			progs = append(progs, p)
		}
	}
	return progs, nil
}
