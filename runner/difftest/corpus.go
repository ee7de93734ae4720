// Package difftest holds socklab's differential corpus: small Go programs,
// each built by the Go toolchain and run by socklab with the same input.
// Their standard output and exit status must match, or socklab must refuse
// the program before it runs, naming its file:line:col and what to write
// instead. A program that runs differently without a word is a bug.
//
// Each program is a folder of testdata holding main.go, and optionally a
// file named stdin that both runs read. Comment lines at the top of main.go,
// before the package clause, say what the harness expects:
//
//	// difftest: same                  socklab runs it as Go does
//	// difftest: refused WHY           socklab refuses it (WHY says what must
//	//                                 land first); running the same is
//	//                                 accepted too, and counted as same
//	// args: a b c                     command-line arguments of both runs
//	// sort: lines                     compare lines in sorted order (goroutines)
//	// stderr: panic                   compare the report of the panic that
//	//                                 ends the program too (PanicText)
package difftest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// Want is what the harness expects of socklab for a program.
type Want int

const (
	Same    Want = iota // output and exit status as built by Go
	Refused             // refused before it runs, with its line
)

// Program is one program of the corpus.
type Program struct {
	Name      string   // the folder's name
	Dir       string   // the folder
	File      string   // the file to build and run, relative to Dir
	Want      Want     // what socklab must do with it
	Why       string   // for Refused: what socklab lacks today
	Args      []string // command-line arguments
	Stdin     []byte   // standard input of both runs
	SortLines bool     // goroutines print in any order: compare sorted lines
	Panic     bool     // the text of the panic that ends it is compared too
	Isolated  bool     // runs in a network namespace of its own (see Lessons)
}

// Load reads every program of the corpus in dir.
func Load(dir string) ([]Program, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var progs []Program
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		p, err := loadProgram(filepath.Join(dir, e.Name()), "main.go")
		if err != nil {
			return nil, err
		}
		progs = append(progs, p)
	}
	return progs, nil
}

// loadProgram reads the header of dir/file and the folder's stdin file.
func loadProgram(dir, file string) (Program, error) {
	p := Program{Name: filepath.Base(dir), Dir: dir, File: file}
	src, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		return p, err
	}
	if err := p.parseHeader(src); err != nil {
		return p, fmt.Errorf("%s: %w", filepath.Join(dir, file), err)
	}
	p.Stdin, err = os.ReadFile(filepath.Join(dir, "stdin"))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return p, err
	}
	return p, nil
}

func (p *Program) parseHeader(src []byte) error {
	sawWant := false
	sc := bufio.NewScanner(bytes.NewReader(src))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "package ") {
			break
		}
		key, value, ok := strings.Cut(strings.TrimPrefix(line, "// "), ": ")
		if !ok || !strings.HasPrefix(line, "// ") {
			continue
		}
		switch key {
		case "difftest":
			word, why, _ := strings.Cut(value, " ")
			switch word {
			case "same":
				p.Want = Same
			case "refused":
				if why == "" {
					return errors.New("difftest: refused needs a reason")
				}
				p.Want, p.Why = Refused, why
			default:
				return fmt.Errorf("difftest: %q is neither same nor refused", word)
			}
			sawWant = true
		case "args":
			p.Args = strings.Fields(value)
		case "sort":
			p.SortLines = value == "lines"
		case "stderr":
			p.Panic = value == "panic"
		}
	}
	if !sawWant {
		return errors.New(`no "// difftest: same" or "// difftest: refused WHY" line before the package clause`)
	}
	return nil
}

// addrs matches loopback addresses with a port, which the system chooses
// anew for every run.
var addrs = regexp.MustCompile(`(127\.0\.0\.1|\[::1\]|localhost):\d+`)

// Normalise returns output with what truly varies from run to run made
// equal: ports the system chose, and, for programs whose goroutines print
// in any order, the order of lines.
func (p Program) Normalise(out []byte) string {
	s := addrs.ReplaceAllString(string(out), "$1:PORT")
	if p.SortLines {
		lines := strings.SplitAfter(s, "\n")
		slices.Sort(lines)
		s = strings.Join(lines, "")
	}
	return s
}
