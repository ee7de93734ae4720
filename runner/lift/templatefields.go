package lift

import (
	"runtime"
	"strconv"
	"strings"
	"sync"
	"text/template/parse"
	"weak"
)

// The interpreter exports a struct's unexported field under another name
// (token as Xtoken), so a template that names it so ({{.Xtoken}}) printed
// it, where Go fails: can't evaluate field Xtoken in type main.Session.
// A template read from a file or built at run time is known only when it
// runs, and such a name may be a map's key too. So each execution
// (TemplateTextFor) looks, in the trees of the template's namespace, for
// the fields named as the interpreter names an unexported field of the
// table's structs, and where there are some, follows its data through the
// trees (templatewalk.go, templatedata.go): each such field that is looked
// up in a struct is renamed in the trees, for the execution, to a name no
// field and no key has (Xtoken·), so the execution fails there as Go's
// does, and TemplateError names the field again as the template wrote
// it; one looked up in a map that holds the key is left as written.

// fieldMark ends the name of a field that the execution renamed.
const fieldMark = "\u00b7"

// A treeFields is what the executions know of one parse tree: the
// identifiers of its fields that could name a hidden field, the indexes
// of those renamed now (joined by spaces; "" for none), and how
// many executions run on the tree as it is.
type treeFields struct {
	refs    []fieldRef
	renamed string
	users   int
}

// A fieldRef is one identifier of a field chain in a tree (idents[i]),
// whose name as the template wrote it is name.
type fieldRef struct {
	idents []string
	i      int
	name   string
}

// hiding guards fieldTrees and the identifiers of their trees: an
// execution renames a tree's fields only where no other one runs on it
// with another renaming (hidingDone tells the waiting ones), so none reads
// a tree while it is renamed. A tree's entry goes when the tree does (a
// template parsed for each request).
var (
	hiding     sync.Mutex
	hidingDone = sync.NewCond(&hiding)
	fieldTrees = map[weak.Pointer[parse.Tree]]*treeFields{}
)

// hiddenNames returns the names the interpreter gives the unexported
// fields of tab's structs, where no struct of tab has an exported field
// of that name.
func (tab *TemplateNames) hiddenNames() map[string]bool {
	names := map[string]bool{}
	for _, fields := range tab.hidden {
		for _, f := range fields {
			if !tab.exported["X"+f] {
				names["X"+f] = true
			}
		}
	}
	return names
}

// mentioned returns the names of names that a field of trees names (nil
// for none); hiding is held.
func mentioned(trees []*parse.Tree, names map[string]bool) map[string]bool {
	var out map[string]bool
	for _, t := range trees {
		for _, r := range treeOf(t).refs {
			if names[r.name] {
				if out == nil {
					out = map[string]bool{}
				}
				out[r.name] = true
			}
		}
	}
	return out
}

// treeOf returns the entry of t, made on its first use; hiding is held.
func treeOf(t *parse.Tree) *treeFields {
	k := weak.Make(t)
	if tf := fieldTrees[k]; tf != nil {
		return tf
	}
	tf := &treeFields{}
	if t.Root != nil {
		tf.refs = fieldRefs(t.Root)
	}
	var at []string
	for i, r := range tf.refs {
		if r.idents[r.i] != r.name { // a copy of a renamed tree (html/template's escaper makes some)
			at = append(at, strconv.Itoa(i))
		}
	}
	tf.renamed = strings.Join(at, " ")
	fieldTrees[k] = tf
	runtime.AddCleanup(t, func(k weak.Pointer[parse.Tree]) {
		hiding.Lock()
		delete(fieldTrees, k)
		hiding.Unlock()
	}, k)
	return tf
}

// fieldRefs returns the identifiers of the field chains below n that
// begin with X, as the interpreter's names of unexported fields do.
func fieldRefs(n parse.Node) []fieldRef {
	var refs []fieldRef
	add := func(idents []string) {
		for i, id := range idents {
			if strings.HasPrefix(id, "X") {
				refs = append(refs, fieldRef{idents, i, strings.TrimSuffix(id, fieldMark)})
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
			add(n.Field)
		case *parse.FieldNode:
			add(n.Ident)
		case *parse.VariableNode:
			if len(n.Ident) > 1 {
				add(n.Ident[1:])
			}
		}
	}
	walk(n)
	return refs
}

// renameFields waits until no execution runs on trees with another
// renaming than the one of rename (the identifiers to rename, by their
// address in the trees), renames their fields so, and returns the
// function that ends the execution, which names them again as written
// once no execution runs on them.
func renameFields(trees []*parse.Tree, rename map[*string]bool) (done func()) {
	hiding.Lock()
	defer hiding.Unlock()
	var tfs []*treeFields
	var want []string
	for _, t := range trees {
		if t == nil {
			continue
		}
		tf := treeOf(t)
		var at []string
		for i, r := range tf.refs {
			if rename[&r.idents[r.i]] {
				at = append(at, strconv.Itoa(i))
			}
		}
		tfs, want = append(tfs, tf), append(want, strings.Join(at, " "))
	}
	for busy := true; busy; {
		busy = false
		for i, tf := range tfs {
			busy = busy || tf.users > 0 && tf.renamed != want[i]
		}
		if busy {
			hidingDone.Wait()
		}
	}
	for i, tf := range tfs {
		if tf.renamed != want[i] {
			for _, r := range tf.refs {
				r.idents[r.i] = r.name
				if rename[&r.idents[r.i]] {
					r.idents[r.i] = r.name + fieldMark
				}
			}
			tf.renamed = want[i]
		}
		tf.users++
	}
	return func() {
		hiding.Lock()
		for _, tf := range tfs {
			if tf.users--; tf.users == 0 && tf.renamed != "" {
				for _, r := range tf.refs {
					r.idents[r.i] = r.name // the tree as the template wrote it, between executions
				}
				tf.renamed = ""
			}
		}
		hidingDone.Broadcast()
		hiding.Unlock()
	}
}

// unhide names again, in s, a template's error, each field an execution
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
