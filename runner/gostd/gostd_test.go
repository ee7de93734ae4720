package gostd

import (
	"fmt"
	"go/constant"
	"io"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"path"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/goapi"
	"github.com/socklab/socklab/runner/symgen"

	ystdlib "github.com/traefik/yaegi/stdlib"
	ysyscall "github.com/traefik/yaegi/stdlib/syscall"
)

// ownVersions are the symbols for which the interpreter offers a version of
// its own (one that panics instead of ending the process) and these tables
// Go's; their Go types may differ.
var ownVersions = map[string]bool{"os.Exit": true, "os.FindProcess": true, "log.Fatal": true, "log.Fatalf": true, "log.Fatalln": true, "log.New": true, "log.Logger": true}

// TestHoldsTheInterpretersAndNewer keeps the tables equal to the
// interpreter's own where they overlap: its packages, every one of its
// symbols, of the same Go types, so that the allowlist's audit of them
// holds. Interface wrappers, which the extractor writes afresh, must have
// at least the interpreter's methods. Beyond those, a table may hold only
// names that Go's releases after the interpreter's tables (Go 1.22) added,
// by the toolchain's api files, and the wrappers of their interfaces; and
// only the packages of symgen.GoStdNewer. A difference means `go generate
// ./runner/gostd` is due (after an update of the interpreter or of Go,
// say).
func TestHoldsTheInterpretersAndNewer(t *testing.T) {
	ours := Symbols(nil)
	interpreters := map[string]map[string]reflect.Value{}
	for _, tables := range []map[string]map[string]reflect.Value{ystdlib.Symbols, ysyscall.Symbols} {
		for key, syms := range tables {
			if key != "." && !strings.HasPrefix(key, "github.com/") {
				interpreters[key] = syms
			}
		}
	}
	newer := newerNames(t)
	for key, theirs := range interpreters {
		mine, ok := ours[key]
		if !ok {
			t.Errorf("no table %s", key)
			continue
		}
		pkg := key[strings.LastIndex(key, "/")+1:]
		for name, v := range theirs {
			if _, ok := mine[name]; !ok {
				t.Errorf("%s: no symbol %s, which the interpreter has", key, name)
				continue
			}
			if ownVersions[pkg+"."+name] {
				continue
			}
			if msg := differ(name, mine[name], v); msg != "" {
				t.Errorf("%s.%s: %s", key, name, msg)
			}
		}
		for name := range mine {
			if _, ok := theirs[name]; !ok && newer != nil && !newer[path.Dir(key)+"."+strings.TrimPrefix(name, "_")] {
				t.Errorf("%s: symbol %s, which neither the interpreter has nor Go added after 1.22", key, name)
			}
		}
	}
	for key := range ours {
		if _, ok := interpreters[key]; !ok && key != "." && !slices.Contains(symgen.GoStdNewer, path.Dir(key)) && !slices.Contains(symgen.GoStdOwn, path.Dir(key)) {
			t.Errorf("table %s is neither the interpreter's nor a package of symgen.GoStdNewer or symgen.GoStdOwn", key)
		}
	}
	for _, p := range slices.Concat(symgen.GoStdNewer, symgen.GoStdOwn) {
		if _, ok := Key(p); !ok {
			t.Errorf("no table of %s, which symgen lists", p)
		}
	}
}

// newerNames returns the names that Go's releases after 1.22 added, by the
// api files of the toolchain, or nil where there is no go command.
func newerNames(t *testing.T) map[string]bool {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Log("the go command is not installed: the names the interpreter lacks are not checked")
		return nil
	}
	added, err := goapi.Added(strings.TrimSpace(string(out)), 22)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for name := range added {
		names[name] = true
	}
	return names
}

func differ(name string, mine, theirs reflect.Value) string {
	if c, ok := theirs.Interface().(constant.Value); ok {
		if m, ok := mine.Interface().(constant.Value); !ok || m.ExactString() != c.ExactString() {
			return "a different constant"
		}
		return ""
	}
	if strings.HasPrefix(name, "_") {
		if mine.Kind() != reflect.Pointer || mine.Type().Elem().Kind() != reflect.Struct {
			return "not a wrapper"
		}
		want := theirs.Type().Elem()
		for i := range want.NumField() {
			if _, ok := mine.Type().Elem().FieldByName(want.Field(i).Name); !ok {
				return "the wrapper lacks " + want.Field(i).Name
			}
		}
		return ""
	}
	if mine.Type() != theirs.Type() {
		return "type " + mine.Type().String() + ", the interpreter's " + theirs.Type().String()
	}
	if mine.CanAddr() != theirs.CanAddr() {
		return "a variable in one table only"
	}
	return ""
}

func sortedKeys(m map[string]reflect.Value) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// TestMapTypesAsTheInterpreters: the interfaces each function looks for
// are the interpreter's, for every function it lists, and each composed
// wrapper has the methods of the interpreter's.
func TestMapTypesAsTheInterpreters(t *testing.T) {
	ours := libraryMapTypes()
	wrappers := map[string]reflect.Value{}
	for key, m := range Symbols(nil) {
		for name, v := range m {
			if strings.HasPrefix(name, "_") {
				wrappers[key[:strings.LastIndex(key, "/")]+"."+name] = v
			}
		}
	}
	n := 0
	for fn, types := range ystdlib.MapTypes {
		key := fn
		if fn.Kind() == reflect.Pointer { // a wrapper: ours is another type of the same name
			name := fn.Type().Elem().Name()
			for k, v := range wrappers {
				if v.Type().Elem().Name() == name {
					key = v
					_ = k
				}
			}
		}
		mine, ok := ours[key]
		if !ok {
			t.Errorf("no interfaces for %v", fn.Type())
			continue
		}
		n++
		if len(mine) != len(types) {
			t.Errorf("%v: %v, the interpreter's %v", fn.Type(), mine, types)
			continue
		}
		for i := range types {
			if types[i].Kind() == reflect.Interface {
				if mine[i] != types[i] {
					t.Errorf("%v: %v, the interpreter's %v", fn.Type(), mine, types)
				}
				continue
			}
			for j := range types[i].NumField() {
				if _, ok := mine[i].FieldByName(types[i].Field(j).Name); !ok {
					t.Errorf("%v: the composed wrapper lacks %s", fn.Type(), types[i].Field(j).Name)
				}
			}
		}
	}
	if n != len(ours) {
		t.Errorf("%d functions listed, the interpreter lists %d", len(ours), n)
	}
}

func TestKey(t *testing.T) {
	for path, want := range map[string]string{"fmt": "fmt/fmt", "math/rand/v2": "math/rand/v2/rand", "net/http": "net/http/http", "net/htt": "", "zzz": ""} {
		got, ok := Key(path)
		if got != want || ok != (want != "") {
			t.Errorf("Key(%q) = %q, %v; want %q", path, got, ok, want)
		}
	}
}

// TestStringerSelf: a fmt.Stringer's wrapper is the interpreter's own but
// for a value with the method socklabSelf, whose wrapper of socklab's own
// has the fields of the interpreter's and that method's.
func TestStringerSelf(t *testing.T) {
	w := reflect.ValueOf((*_fmt_Stringer)(nil))
	list := MapTypes()[w]
	if len(list) != 1 {
		t.Fatalf("fmt.Stringer's wrappers: %v, want one", list)
	}
	for _, f := range []string{"IValue", "WString", "WsocklabSelf"} {
		if _, ok := list[0].FieldByName(f); !ok {
			t.Errorf("%v has no field %s", list[0], f)
		}
	}
	s := stringerSelf{IValue: 1, WString: func() string { return "one" }, WsocklabSelf: func() any { return 1 }}
	if got := fmt.Sprint(s); got != "one" {
		t.Errorf("fmt.Sprint of the wrapper = %q, want its String's", got)
	}
	if _, ok := libraryMapTypes()[w]; ok {
		t.Errorf("the interpreter's table lists fmt.Stringer's wrapper")
	}
}

// TestResponseWriters: each wrapper of a script's http.ResponseWriter has
// net/http's methods that its fields name, and no wrapper comes after one
// that has fewer methods, since the interpreter takes the first that the
// script's value has every method of.
func TestResponseWriters(t *testing.T) {
	w := reflect.ValueOf((*_net_http_ResponseWriter)(nil))
	list := MapTypes()[w]
	if len(list) != 7 {
		t.Fatalf("http.ResponseWriter's wrappers: %v, want 7", list)
	}
	extras := map[string]reflect.Type{
		"WFlush":  reflect.TypeFor[http.Flusher](),
		"WHijack": reflect.TypeFor[http.Hijacker](),
		"WUnwrap": reflect.TypeFor[interface{ Unwrap() http.ResponseWriter }](),
	}
	seen := map[string]bool{}
	for i, wt := range list {
		if !wt.Implements(reflect.TypeFor[http.ResponseWriter]()) {
			t.Errorf("%v is no http.ResponseWriter", wt)
		}
		if i > 0 && wt.NumField() > list[i-1].NumField() {
			t.Errorf("%v comes after %v, which has fewer methods", wt, list[i-1])
		}
		var set []string
		for j := range wt.NumField() {
			f := wt.Field(j).Name
			if it, ok := extras[f]; ok {
				set = append(set, f)
				if !wt.Implements(it) {
					t.Errorf("%v has %s but is no %v", wt, f, it)
				}
			}
		}
		key := strings.Join(set, " ")
		if seen[key] {
			t.Errorf("two wrappers with %s", key)
		}
		seen[key] = true
	}
	rw := list[len(list)-1]
	v := reflect.New(rw).Elem()
	inner := httptest.NewRecorder()
	v.FieldByName("WUnwrap").Set(reflect.ValueOf(func() http.ResponseWriter { return inner }))
	if err := http.NewResponseController(v.Interface().(http.ResponseWriter)).Flush(); err != nil || !inner.Flushed {
		t.Errorf("ResponseController.Flush through %v: %v, flushed %v", rw, err, inner.Flushed)
	}
}

// TestWriters: each wrapper of a script's io.Writer is one, has the
// methods of io that its fields name, and comes before none with more;
// io.WriteString calls the wrapper's WriteString, which calls the
// script's where it has io's form and Write otherwise.
func TestWriters(t *testing.T) {
	list := MapTypes()[reflect.ValueOf((*_io_Writer)(nil))]
	if len(list) != 3 {
		t.Fatalf("io.Writer's wrappers: %v, want 3", list)
	}
	extras := map[string]reflect.Type{
		"WReadFrom":    reflect.TypeFor[io.ReaderFrom](),
		"WWriteString": reflect.TypeFor[io.StringWriter](),
	}
	for i, wt := range list {
		if !wt.Implements(reflect.TypeFor[io.Writer]()) {
			t.Errorf("%v is no io.Writer", wt)
		}
		if i > 0 && wt.NumField() > list[i-1].NumField() {
			t.Errorf("%v comes after %v, which has fewer methods", wt, list[i-1])
		}
		for f, it := range extras {
			if _, ok := wt.FieldByName(f); ok && !wt.Implements(it) {
				t.Errorf("%v has %s but is no %v", wt, f, it)
			}
		}
	}
	var got string
	w := writerStringWriter{WWriteString: func(s string) (int, error) { got = s; return len(s), nil }}
	if _, err := io.WriteString(w, "hi"); err != nil || got != "hi" {
		t.Errorf("io.WriteString through writerStringWriter: %v, WriteString got %q", err, got)
	}
	var written []byte
	other := writerStringWriter{
		WWrite:       func(p []byte) (int, error) { written = append(written, p...); return len(p), nil },
		WWriteString: func(s string) { t.Errorf("WriteString of another form called with %q", s) },
	}
	if _, err := io.WriteString(other, "ho"); err != nil || string(written) != "ho" {
		t.Errorf("io.WriteString through a WriteString of another form: %v, Write got %q", err, written)
	}
}

// TestReaders: each wrapper of a script's io.Reader is one, has the
// interfaces of io that its fields name, comes before none with more, and
// no two have the same methods.
func TestReaders(t *testing.T) {
	list := MapTypes()[reflect.ValueOf((*_io_Reader)(nil))]
	if len(list) != 7 {
		t.Fatalf("io.Reader's wrappers: %v, want 7", list)
	}
	extras := map[string]reflect.Type{
		"WWriteTo":    reflect.TypeFor[io.WriterTo](),
		"WReadByte":   reflect.TypeFor[io.ByteReader](),
		"WReadRune":   reflect.TypeFor[io.RuneScanner](),
		"WUnreadRune": reflect.TypeFor[io.RuneScanner](),
	}
	seen := map[string]bool{}
	for i, rt := range list {
		if !rt.Implements(reflect.TypeFor[io.Reader]()) {
			t.Errorf("%v is no io.Reader", rt)
		}
		if i > 0 && rt.NumField() > list[i-1].NumField() {
			t.Errorf("%v comes after %v, which has fewer methods", rt, list[i-1])
		}
		var set []string
		for j := range rt.NumField() {
			f := rt.Field(j).Name
			if it, ok := extras[f]; ok {
				set = append(set, f)
				if !rt.Implements(it) {
					t.Errorf("%v has %s but is no %v", rt, f, it)
				}
			}
		}
		key := strings.Join(set, " ")
		if seen[key] {
			t.Errorf("two wrappers with %s", key)
		}
		seen[key] = true
	}
}
