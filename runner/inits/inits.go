// Package inits gives a script the state of Go's library that a Go build
// of it starts with.
//
// A Go program runs the initialisers of the packages it links, and only
// those. socklab's binary links every package a script may import, so all
// their initialisers have run in the script process, and some of them
// register something in another package's state that a script can reach:
// expvar and net/http/pprof add their pages to http.DefaultServeMux, where
// a script's HTTP server would serve socklab's own memory statistics and
// profiles, and /debug/vars would answer where Go's answers 404;
// testing/quick and socklab's test harness define flags on
// flag.CommandLine, which a script's -h would list and its flag.Parse
// would take; crypto/md5, sha1, sha256, sha512 and sha3 register their
// hashes with crypto, whose Available and New would find them all. Set
// makes that state what the script's own imports make it.
package inits

import (
	"expvar"
	"flag"
	"net/http"
	"net/http/pprof"
	"os"
	"strings"
)

// Set makes the state that initialisers of Go's library share what it is
// in a Go build of a script whose compiled imports (its own and its local
// packages') are imports. Call it before the script runs.
func Set(imports []string) {
	has := map[string]bool{}
	for _, p := range imports {
		has[p] = true
	}
	http.DefaultServeMux = serveMux(has, oldPatterns(os.Getenv("GODEBUG")))
	flag.CommandLine = commandLine(flag.CommandLine, has, os.Args[0])
	withdrawHashes(LinkedBy(imports))
}

// serveMux returns http.DefaultServeMux as the initialisers of the
// imported packages leave it: with expvar's and net/http/pprof's pages
// when those are imported (no other package of Go's library imports
// them), registered as their initialisers register them; old is
// GODEBUG=httpmuxgo121=1, under which they use patterns without a method.
func serveMux(imported map[string]bool, old bool) *http.ServeMux {
	mux := http.NewServeMux()
	get := "GET "
	if old {
		get = ""
	}
	if imported["expvar"] {
		mux.Handle(get+"/debug/vars", expvar.Handler())
	}
	if imported["net/http/pprof"] {
		mux.HandleFunc(get+"/debug/pprof/", pprof.Index)
		mux.HandleFunc(get+"/debug/pprof/cmdline", pprof.Cmdline)
		mux.HandleFunc(get+"/debug/pprof/profile", pprof.Profile)
		mux.HandleFunc(get+"/debug/pprof/symbol", pprof.Symbol)
		mux.HandleFunc(get+"/debug/pprof/trace", pprof.Trace)
	}
	return mux
}

// oldPatterns reports whether the GODEBUG setting godebug asks for the
// patterns of Go 1.21's ServeMux (httpmuxgo121=1; the last setting wins).
func oldPatterns(godebug string) bool {
	old := false
	for _, kv := range strings.Split(godebug, ",") {
		if k, v, ok := strings.Cut(strings.TrimSpace(kv), "="); ok && k == "httpmuxgo121" {
			old = v == "1"
		}
	}
	return old
}
