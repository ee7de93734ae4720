package lift

import (
	htmltemplate "html/template"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"text/template"
	"text/template/parse"
	"weak"
)

// The interpreter exports a struct's unexported field under another name
// (token as Xtoken), so a template that names it so ({{.Xtoken}}) printed
// it, where Go fails: can't evaluate field Xtoken in type main.Session.
// runner/refuse refuses such a template written as a constant; one read
// from a file or built at run time is known only when it runs. So, where
// the rewrite finds that the data of an execution can hold no map (whose
// key a field name may be), no interface and no function, and that the
// package gives templates no functions of its own, each field that the
// template's namespace names by such a name is renamed in its trees, once
// and before any execution, to one no field has (Xtoken·): the execution
// fails there as Go's does, and TemplateError names the field again as the
// template wrote it.

// templateFieldsSymbols are the symbols of this file that rewritten
// source calls.
func templateFieldsSymbols() map[string]reflect.Value {
	return map[string]reflect.Value{
		"TemplateTextFields": reflect.ValueOf(TemplateTextFields),
		"TemplateHTMLFields": reflect.ValueOf(TemplateHTMLFields),
	}
}

// fieldMark ends the name of a field that hideFields renamed.
const fieldMark = "\u00b7"

// TemplateTextFields is TemplateText, after hiding in t's namespace the
// names the interpreter gives the unexported fields of tab's structs.
func TemplateTextFields(t *template.Template, tab *TemplateNames) *template.Template {
	if t != nil && tab != nil {
		var trees []*parse.Tree
		for _, x := range t.Templates() {
			trees = append(trees, x.Tree)
		}
		tab.hideFields(trees)
	}
	return TemplateText(t, tab)
}

// TemplateHTMLFields is TemplateTextFields for an html/template.
func TemplateHTMLFields(t *htmltemplate.Template, tab *TemplateNames) *htmltemplate.Template {
	if t != nil && tab != nil {
		var trees []*parse.Tree
		for _, x := range t.Templates() {
			trees = append(trees, x.Tree)
		}
		tab.hideFields(trees)
	}
	return TemplateHTML(t, tab)
}

// hiding serializes the renaming of the trees' fields: an execution on
// another goroutine renames before it reads, under it, so none reads a
// tree while one is renamed. hidden holds the trees renamed, by table,
// which are not walked again (html/template's escaper edits them as it
// executes); a tree's entry goes when the tree does (a template parsed
// for each request).
var (
	hiding sync.Mutex
	hidden = map[hiddenKey]bool{}
)

type hiddenKey struct {
	tree weak.Pointer[parse.Tree]
	tab  *TemplateNames
}

// hideFields renames, in trees, each field named as the interpreter names
// an unexported field of one of tab's structs (and no struct of tab has
// an exported field of that name).
func (tab *TemplateNames) hideFields(trees []*parse.Tree) {
	names := map[string]bool{}
	for _, fields := range tab.hidden {
		for _, f := range fields {
			if !tab.exported["X"+f] {
				names["X"+f] = true
			}
		}
	}
	if len(names) == 0 {
		return
	}
	hide := func(idents []string) {
		for i, id := range idents {
			if names[id] {
				idents[i] = id + fieldMark
			}
		}
	}
	var walk func(n parse.Node)
	walk = func(n parse.Node) {
		switch n := n.(type) {
		case *parse.ListNode:
			if n != nil {
				for _, c := range n.Nodes {
					walk(c)
				}
			}
		case *parse.ActionNode:
			walk(n.Pipe)
		case *parse.PipeNode:
			if n != nil {
				for _, c := range n.Cmds {
					walk(c)
				}
			}
		case *parse.CommandNode:
			for _, a := range n.Args {
				walk(a)
			}
		case *parse.IfNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.RangeNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.WithNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.TemplateNode:
			walk(n.Pipe)
		case *parse.ChainNode:
			walk(n.Node)
			hide(n.Field)
		case *parse.FieldNode:
			hide(n.Ident)
		case *parse.VariableNode:
			if len(n.Ident) > 1 {
				hide(n.Ident[1:])
			}
		}
	}
	hiding.Lock()
	defer hiding.Unlock()
	for _, t := range trees {
		if t == nil || t.Root == nil {
			continue
		}
		k := hiddenKey{weak.Make(t), tab}
		if hidden[k] {
			continue
		}
		hidden[k] = true
		runtime.AddCleanup(t, func(k hiddenKey) {
			hiding.Lock()
			delete(hidden, k)
			hiding.Unlock()
		}, k)
		walk(t.Root)
	}
}

// unhide names again, in s, a template's error, each field hideFields
// renamed as the template wrote it.
func (tab *TemplateNames) unhide(s string) string {
	if !strings.Contains(s, fieldMark) {
		return s
	}
	for _, fields := range tab.hidden {
		for _, f := range fields {
			s = strings.ReplaceAll(s, "X"+f+fieldMark, "X"+f)
		}
	}
	return s
}
