package lift

import (
	"fmt"
	htmltemplate "html/template"
	"io"
	"reflect"
	"slices"
	"strings"
	"text/template"
	"text/template/parse"
)

// The rewrite (pass template) hands the template of each Execute and
// ExecuteTemplate of a text/template or html/template to TemplateTextFor
// or TemplateHTMLFor, whose Execute and ExecuteTemplate run the execution
// with the template's printf naming the script's types as Go does
// (TemplateText), and its fields that name an unexported field by the
// interpreter's name for it renamed where the data says they are fields
// (see templatefields.go).

// templateExecSymbols are the symbols of this file that rewritten source
// calls.
func templateExecSymbols() map[string]reflect.Value {
	return map[string]reflect.Value{
		"TemplateTextFor": reflect.ValueOf(TemplateTextFor),
		"TemplateHTMLFor": reflect.ValueOf(TemplateHTMLFor),
		"TemplateTextRun": reflect.ValueOf((*TemplateTextRun)(nil)),
		"TemplateHTMLRun": reflect.ValueOf((*TemplateHTMLRun)(nil)),
	}
}

// A TemplateTextRun is a text/template whose executions name the
// script's types and fields by a table, as Go does.
type TemplateTextRun struct {
	t   *template.Template
	tab *TemplateNames
}

// TemplateTextFor returns t, to execute by tab (nil: as it is).
func TemplateTextFor(t *template.Template, tab *TemplateNames) TemplateTextRun {
	return TemplateTextRun{t, tab}
}

// Execute is t.Execute(w, data).
func (r TemplateTextRun) Execute(w io.Writer, data any) error {
	if r.t == nil {
		return r.t.Execute(w, data) // Go's panic
	}
	done, err := r.tab.fieldsFor(r.t.Name(), func() ([]string, []*parse.Tree) { return textTrees(r.t) }, func() []reflect.Type { return textFuncs(r.t) }, data)
	if err != nil {
		return err
	}
	defer done()
	return TemplateText(r.t, r.tab).Execute(w, data)
}

// ExecuteTemplate is t.ExecuteTemplate(w, name, data).
func (r TemplateTextRun) ExecuteTemplate(w io.Writer, name string, data any) error {
	if r.t == nil {
		return r.t.ExecuteTemplate(w, name, data)
	}
	done, err := r.tab.fieldsFor(name, func() ([]string, []*parse.Tree) { return textTrees(r.t) }, func() []reflect.Type { return textFuncs(r.t) }, data)
	if err != nil {
		return err
	}
	defer done()
	return TemplateText(r.t, r.tab).ExecuteTemplate(w, name, data)
}

// A TemplateHTMLRun is TemplateTextRun for an html/template.
type TemplateHTMLRun struct {
	t   *htmltemplate.Template
	tab *TemplateNames
}

// TemplateHTMLFor is TemplateTextFor for an html/template.
func TemplateHTMLFor(t *htmltemplate.Template, tab *TemplateNames) TemplateHTMLRun {
	return TemplateHTMLRun{t, tab}
}

// Execute is t.Execute(w, data).
func (r TemplateHTMLRun) Execute(w io.Writer, data any) error {
	if r.t == nil {
		return r.t.Execute(w, data)
	}
	done, err := r.tab.fieldsFor(r.t.Name(), func() ([]string, []*parse.Tree) { return htmlTrees(r.t) }, func() []reflect.Type { return textFuncs(textOf(r.t)) }, data)
	if err != nil {
		return err
	}
	defer done()
	return TemplateHTML(r.t, r.tab).Execute(w, data)
}

// ExecuteTemplate is t.ExecuteTemplate(w, name, data).
func (r TemplateHTMLRun) ExecuteTemplate(w io.Writer, name string, data any) error {
	if r.t == nil {
		return r.t.ExecuteTemplate(w, name, data)
	}
	done, err := r.tab.fieldsFor(name, func() ([]string, []*parse.Tree) { return htmlTrees(r.t) }, func() []reflect.Type { return textFuncs(textOf(r.t)) }, data)
	if err != nil {
		return err
	}
	defer done()
	return TemplateHTML(r.t, r.tab).ExecuteTemplate(w, name, data)
}

// textTrees returns the parse trees of t's namespace and their names.
func textTrees(t *template.Template) ([]string, []*parse.Tree) {
	if t == nil {
		return nil, nil
	}
	all := t.Templates()
	names, trees := make([]string, 0, len(all)), make([]*parse.Tree, 0, len(all))
	for _, x := range all {
		if x.Tree != nil {
			names, trees = append(names, x.Name()), append(trees, x.Tree)
		}
	}
	return names, trees
}

// htmlTrees returns the parse trees of t's namespace and their names.
func htmlTrees(t *htmltemplate.Template) ([]string, []*parse.Tree) {
	if t == nil {
		return nil, nil
	}
	all := t.Templates()
	names, trees := make([]string, 0, len(all)), make([]*parse.Tree, 0, len(all))
	for _, x := range all {
		if x.Tree != nil {
			names, trees = append(names, x.Name()), append(trees, x.Tree)
		}
	}
	return names, trees
}

// fieldsFor renames, for one execution of the template called root with
// data, whose namespace has the trees and functions of the types that
// treesOf and funcsOf return, each
// field its trees name as the interpreter names an unexported field of
// tab's structs where the data tells that it is a field (or nothing, where
// a missing field and a missing key fail alike), and leaves it as written
// where it tells that it is a map's key (walkFields); it returns the
// function that ends the execution. Where the walk cannot tell, and the
// data could make a map of such a key (it holds one, or a function or a
// method may return one), it returns an error that says so: the execution
// would print the field, or miss the key, where Go does not.
func (tab *TemplateNames) fieldsFor(root string, treesOf func() ([]string, []*parse.Tree), funcsOf func() []reflect.Type, data any) (func(), error) {
	if tab == nil || len(tab.names) == 0 {
		return func() {}, nil
	}
	byName, list := treesOf()
	hiding.Lock() // the trees' identifiers are read as no execution renames them
	named := mentioned(list, tab.names)
	if len(named) == 0 {
		hiding.Unlock()
		return func() {}, nil
	}
	trees := make(map[string]*parse.Tree, len(list))
	for i, t := range list {
		trees[byName[i]] = t
	}
	marks := walkFields(trees, root, named, data)
	rename := map[*string]bool{}
	var undecided []string
	for _, t := range list {
		for _, r := range treeOf(t).refs {
			if !named[r.name] {
				continue
			}
			p := &r.idents[r.i]
			switch m := marks[p]; {
			case m == nil || !m.key && !m.unknown:
				rename[p] = true // a field, or nothing the template finds either way
			case m.key && !m.field && !m.unknown:
			default:
				rename[p] = true
				undecided = append(undecided, r.name)
			}
		}
	}
	hiding.Unlock()
	if len(undecided) > 0 {
		scan := scanData(reflect.ValueOf(data), named)
		for _, f := range funcsOf() {
			if scan.unknown == "" && mayMake(f, map[reflect.Type]bool{}) {
				scan.unknown = "a function of the template of type " + f.String()
			}
		}
		if scan.key != "" || scan.unknown != "" {
			why := fmt.Sprintf("the data holds a map with the key %q", scan.key)
			if scan.unknown != "" {
				why = scan.unknown + " may hand it a map with such a key"
			}
			slices.Sort(undecided)
			return nil, fmt.Errorf("template: %s: the template names %s, the interpreter's name of an unexported field (where Go fails) or a map's key, and %s, which socklab cannot tell apart before the template runs: name an exported field, or give the key another name", root, strings.Join(slices.Compact(undecided), ", "), why)
		}
	}
	return renameFields(list, rename), nil
}

// textFuncs returns the types of the functions of t's namespace, but
// printf of TemplateText's.
func textFuncs(t *template.Template) []reflect.Type {
	l := funcsLayout()
	if t == nil || !l.ok {
		return nil
	}
	var out []reflect.Type
	for _, f := range namespaceFuncs(t, l) {
		if _, ours := f.(templatePrintf); !ours && f != nil {
			out = append(out, reflect.TypeOf(f))
		}
	}
	return out
}
