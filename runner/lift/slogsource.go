package lift

import (
	"log/slog"
	"sync"
	"sync/atomic"

	"github.com/petermattis/goid"
)

// A handler of slog's whose options set AddSource names the file, line
// and function of the call that logs, which it learns from the PC that
// slog's Logger records: under the interpreter, a frame of lift's or of
// the interpreter's own. The rewrite (runner/rewrite, pass logsite) hands
// each handler's options to SlogSourceOptions, whose ReplaceAttr puts in
// the source attribute the script's own site, and turns each call of
// slog's logging functions and methods into a call of lift's
// (SlogLoggerInfo) with the call's file and line, which notes the site on
// its goroutine while slog's own function logs: slog's handlers write a
// record on the goroutine of the call (the rewrite refuses a handler of
// the script's, which could hand the record to another).

// sourceHandlers counts the options SlogSourceOptions made, so that a
// script without them pays nothing for the sites.
var sourceHandlers atomic.Int64

// A slogSite is where a call of slog's logging functions stands.
type slogSite struct {
	fn, file string
	line     int
}

var (
	slogSites sync.Map // goroutine id -> slogSite of the call under way
	siteFuncs sync.Map // slogSite{file: f, line: n} -> the function's name
)

// SlogSourceOptions returns o as slog's handlers would take it, with its
// ReplaceAttr, where AddSource is set, one that first makes the source
// attribute the site of the script's call that logs.
func SlogSourceOptions(o *slog.HandlerOptions) *slog.HandlerOptions {
	if o == nil || !o.AddSource {
		return o
	}
	sourceHandlers.Add(1)
	c := *o
	rep := o.ReplaceAttr
	c.ReplaceAttr = func(groups []string, a slog.Attr) slog.Attr {
		if len(groups) == 0 && a.Key == slog.SourceKey {
			if _, ok := a.Value.Any().(*slog.Source); ok {
				if s, ok := slogSites.Load(goid.Get()); ok {
					s := s.(slogSite)
					a = slog.Any(slog.SourceKey, &slog.Source{Function: s.fn, File: s.file, Line: s.line})
				}
			}
		}
		if rep == nil {
			return a
		}
		return rep(groups, a)
	}
	return &c
}

// SlogSourceFuncs records the names of the functions that hold the
// script's calls of slog's logging functions in file, by line (lines[i]
// in funcs[i]), as Go names them in a source attribute (main.main,
// main.(*Server).serve). The rewrite declares one per file.
func SlogSourceFuncs(file string, lines []int, funcs []string) bool {
	for i, n := range lines {
		siteFuncs.Store(slogSite{file: file, line: n}, funcs[i])
	}
	return true
}

// atSource notes, on this goroutine, the site of the call at file:line
// until the function it returns is called, where a handler may name it.
func atSource(file string, line int) func() {
	if sourceHandlers.Load() == 0 {
		return func() {}
	}
	fn, _ := siteFuncs.Load(slogSite{file: file, line: line})
	name, _ := fn.(string)
	g := goid.Get()
	old, had := slogSites.Load(g)
	slogSites.Store(g, slogSite{fn: name, file: file, line: line})
	return func() {
		if had {
			slogSites.Store(g, old)
		} else {
			slogSites.Delete(g)
		}
	}
}
