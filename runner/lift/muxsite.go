package lift

import (
	"errors"
	"net/http"
	"regexp"
	"strconv"
	"sync"
)

// A ServeMux records where each pattern was registered, the file and line
// of the call of Handle or HandleFunc (runtime.Caller of its caller), and
// names both places when a pattern conflicts with another one: "pattern
// "/a" (registered at /home/u/lab/main.go:20) conflicts with pattern "/a"
// (registered at /home/u/lab/main.go:15)". Under the interpreter that
// caller is reflect's. The rewrite (pass muxsite) calls the registrations
// through the functions below, which know the site of the script's call:
//
//	mux.HandleFunc("/a", h)    =>   lift.MuxHandleFunc(mux, "/home/u/lab/main.go", 20)("/a", h)
//	http.Handle("/b", h)       =>   lift.DefaultHandle("/home/u/lab/main.go", 21)("/b", h)
//
// and write the sites into the text of a conflict's panic in place of the
// ones ServeMux recorded, which are socklab's own. The receiver and the
// arguments are evaluated in the order Go evaluates them.

// muxKey is a pattern registered with a mux.
type muxKey struct {
	mux     *http.ServeMux
	pattern string
}

// muxSites holds the site of each pattern registered through the
// functions below, "file:line", by muxKey.
var muxSites sync.Map

// MuxHandle is mux.Handle called at file:line.
func MuxHandle(mux *http.ServeMux, file string, line int) func(string, http.Handler) {
	return func(pattern string, handler http.Handler) {
		registerAt(mux, file, line, pattern, func() { mux.Handle(pattern, handler) })
	}
}

// MuxHandleFunc is mux.HandleFunc called at file:line.
func MuxHandleFunc(mux *http.ServeMux, file string, line int) func(string, func(http.ResponseWriter, *http.Request)) {
	return func(pattern string, handler func(http.ResponseWriter, *http.Request)) {
		registerAt(mux, file, line, pattern, func() { mux.HandleFunc(pattern, handler) })
	}
}

// DefaultHandle is http.Handle called at file:line.
func DefaultHandle(file string, line int) func(string, http.Handler) {
	return func(pattern string, handler http.Handler) {
		registerAt(http.DefaultServeMux, file, line, pattern, func() { http.Handle(pattern, handler) })
	}
}

// DefaultHandleFunc is http.HandleFunc called at file:line.
func DefaultHandleFunc(file string, line int) func(string, func(http.ResponseWriter, *http.Request)) {
	return func(pattern string, handler func(http.ResponseWriter, *http.Request)) {
		registerAt(http.DefaultServeMux, file, line, pattern, func() { http.HandleFunc(pattern, handler) })
	}
}

// conflict is the text of ServeMux's error for two patterns that
// conflict, up to the second site; compiled when first needed, not in
// every process's start.
var conflict = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^pattern ("(?:[^"\\]|\\.)*") \(registered at [^)]*\) conflicts with pattern ("(?:[^"\\]|\\.)*") \(registered at ([^)]*)\)`)
})

// registerAt calls register, a registration of pattern with mux made at
// file:line, and records the site once it is registered. A conflict's
// panic gets the sites as Go names them: the call's own for the pattern
// registered, the recorded one for the pattern it conflicts with (which
// a registration other than through these functions leaves as it is).
func registerAt(mux *http.ServeMux, file string, line int, pattern string, register func()) {
	site := file + ":" + strconv.Itoa(line)
	defer func() {
		r := recover()
		if r == nil {
			muxSites.Store(muxKey{mux, pattern}, site)
			return
		}
		if err, ok := r.(error); ok {
			if m := conflict().FindStringSubmatchIndex(err.Error()); m != nil {
				r = errors.New(resited(mux, err.Error(), m, site))
			}
		}
		panic(r)
	}()
	register()
}

// resited is msg, ServeMux's error of a conflict that conflict matched at
// m, with site for the registered pattern's site and the other pattern's
// recorded site for its own.
func resited(mux *http.ServeMux, msg string, m []int, site string) string {
	otherSite := msg[m[6]:m[7]]
	if p, err := strconv.Unquote(msg[m[4]:m[5]]); err == nil {
		if s, ok := muxSites.Load(muxKey{mux, p}); ok {
			otherSite = s.(string)
		}
	}
	return "pattern " + msg[m[2]:m[3]] + " (registered at " + site + ") conflicts with pattern " + msg[m[4]:m[5]] + " (registered at " + otherSite + ")" + msg[m[1]:]
}
