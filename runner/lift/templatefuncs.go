package lift

import (
	htmltemplate "html/template"
	"reflect"
	"sync"
	"text/template"
	"unsafe"
)

// A script may give a template a function of its own named printf, which
// TemplateText must not replace; text/template keeps a template's
// functions in its namespace's unexported maps, with no method that reads
// them, so ownPrintf reads the map the parser uses (parseFuncs, under its
// lock muFuncs) through reflect. TestOwnPrintfReadsTextTemplate holds it
// to the toolchain's text/template.

// templatePrintf is the type of the printf TemplateText gives a
// template, told apart so from a script's.
type templatePrintf func(format string, args ...any) string

// ownPrintf reports whether t's namespace has a function named printf
// that TemplateText did not give it: the script's own.
func ownPrintf(t *template.Template) bool {
	l := funcsLayout()
	if t == nil || !l.ok {
		return false
	}
	c := reflect.ValueOf(t).Elem().Field(l.common)
	if c.IsNil() {
		return false
	}
	c = c.Elem()
	lock := (*sync.RWMutex)(unsafe.Pointer(c.Field(l.mu).UnsafeAddr()))
	lock.RLock()
	f, ok := (*(*template.FuncMap)(unsafe.Pointer(c.Field(l.funcs).UnsafeAddr())))["printf"]
	lock.RUnlock()
	if !ok {
		return false
	}
	_, ours := f.(templatePrintf)
	return !ours
}

// namespaceFuncs returns the functions of t's namespace (its function
// map), read as ownPrintf reads it; l is funcsLayout's, which found them.
func namespaceFuncs(t *template.Template, l funcFields) []any {
	c := reflect.ValueOf(t).Elem().Field(l.common)
	if c.IsNil() {
		return nil
	}
	c = c.Elem()
	lock := (*sync.RWMutex)(unsafe.Pointer(c.Field(l.mu).UnsafeAddr()))
	lock.RLock()
	defer lock.RUnlock()
	var out []any
	for _, f := range *(*template.FuncMap)(unsafe.Pointer(c.Field(l.funcs).UnsafeAddr())) {
		out = append(out, f)
	}
	return out
}

// funcsLayout finds, once, the fields of text/template's Template and of
// its namespace (common) that ownPrintf reads; ok is false where they are
// not as it expects.
var funcsLayout = sync.OnceValue(func() (l funcFields) {
	ct, found := reflect.TypeFor[template.Template]().FieldByName("common")
	if !found || ct.Type.Kind() != reflect.Pointer || ct.Type.Elem().Kind() != reflect.Struct || len(ct.Index) != 1 {
		return l
	}
	mu, ok1 := ct.Type.Elem().FieldByName("muFuncs")
	fm, ok2 := ct.Type.Elem().FieldByName("parseFuncs")
	if !ok1 || !ok2 || mu.Type != reflect.TypeFor[sync.RWMutex]() || fm.Type != reflect.TypeFor[template.FuncMap]() || len(mu.Index) != 1 || len(fm.Index) != 1 {
		return l
	}
	l.common, l.mu, l.funcs, l.ok = ct.Index[0], mu.Index[0], fm.Index[0], true
	return l
})

// funcFields locates the fields ownPrintf reads: common in a Template,
// mu and funcs in what it points to; ok is false where they are not as
// funcsLayout expects.
type funcFields struct {
	common, mu, funcs int
	ok                bool
}

// textOf returns the text/template that an html/template executes
// through, or nil.
func textOf(t *htmltemplate.Template) *template.Template {
	if t == nil {
		return nil
	}
	f := reflect.ValueOf(t).Elem().FieldByName("text")
	if !f.IsValid() || f.Type() != reflect.TypeFor[*template.Template]() {
		return nil
	}
	return *(**template.Template)(unsafe.Pointer(f.UnsafeAddr()))
}
