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
	if t == nil {
		return false
	}
	c := reflect.ValueOf(t).Elem().FieldByName("common")
	if !c.IsValid() || c.Kind() != reflect.Pointer || c.IsNil() {
		return false
	}
	c = c.Elem()
	mu, fm := c.FieldByName("muFuncs"), c.FieldByName("parseFuncs")
	if !mu.IsValid() || !fm.IsValid() || mu.Type() != reflect.TypeFor[sync.RWMutex]() || fm.Type() != reflect.TypeFor[template.FuncMap]() {
		return false
	}
	lock := (*sync.RWMutex)(unsafe.Pointer(mu.UnsafeAddr()))
	lock.RLock()
	f, ok := (*(*template.FuncMap)(unsafe.Pointer(fm.UnsafeAddr())))["printf"]
	lock.RUnlock()
	if !ok {
		return false
	}
	_, ours := f.(templatePrintf)
	return !ours
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
