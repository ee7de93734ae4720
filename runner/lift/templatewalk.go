package lift

import (
	"reflect"
	"strings"
	"text/template/parse"
)

// A field the template names as the interpreter names an unexported one
// (Xtoken) is a struct's field or a map's key, by the value it is looked
// up in, which an execution's data tells before the template runs where
// the template reaches it by field chains, variables, with, range and
// template calls: a fieldWalk follows the data through the trees so,
// calling nothing, and notes at each such identifier what the value is.
// What a function or a method returns it does not follow: an identifier
// looked up in that is unknown.

// walkLimit bounds the values a walk looks fields up in; past it, what it
// has not looked at is unknown.
const walkLimit = 100_000

// A refMark is what the walk saw an identifier looked up in.
type refMark struct {
	field, key, unknown bool
}

// A values is the values a node may have at run time, or unknown.
type values struct {
	vals    []reflect.Value
	unknown bool
}

var unknownValues = values{unknown: true}

type fieldWalk struct {
	names map[string]bool
	trees map[string]*parse.Tree
	marks map[*string]*refMark
	depth int
	steps int
}

// walkFields follows data through the tree of the template called root,
// among trees by name, and returns the marks of the identifiers of names;
// hiding is held.
func walkFields(trees map[string]*parse.Tree, root string, names map[string]bool, data any) map[*string]*refMark {
	w := &fieldWalk{names: names, trees: trees, marks: map[*string]*refMark{}}
	dot := values{vals: []reflect.Value{reflect.ValueOf(data)}}
	if t := trees[root]; t != nil && t.Root != nil {
		w.list(t.Root, dot, map[string]values{"$": dot})
	}
	return w.marks
}

// mark notes what idents[i] was looked up in.
func (w *fieldWalk) mark(idents []string, i int, set func(m *refMark)) {
	if !w.names[strings.TrimSuffix(idents[i], fieldMark)] {
		return
	}
	p := &idents[i]
	m := w.marks[p]
	if m == nil {
		m = &refMark{}
		w.marks[p] = m
	}
	set(m)
}

// unknownFrom marks idents[i:] looked up in what the walk cannot tell.
func (w *fieldWalk) unknownFrom(idents []string, i int) {
	for ; i < len(idents); i++ {
		w.mark(idents, i, func(m *refMark) { m.unknown = true })
	}
}

// unknownTree marks every identifier of t as unknown.
func (w *fieldWalk) unknownTree(t *parse.Tree) {
	if t == nil || t.Root == nil {
		return
	}
	for _, r := range fieldRefs(t.Root) {
		w.mark(r.idents, r.i, func(m *refMark) { m.unknown = true })
	}
}

func copyVars(vars map[string]values) map[string]values {
	out := make(map[string]values, len(vars))
	for k, v := range vars {
		out[k] = v
	}
	return out
}

func (w *fieldWalk) list(n *parse.ListNode, dot values, vars map[string]values) {
	if n == nil {
		return
	}
	for _, c := range n.Nodes {
		w.node(c, dot, vars)
	}
}

func (w *fieldWalk) node(n parse.Node, dot values, vars map[string]values) {
	switch n := n.(type) {
	case *parse.ActionNode:
		w.pipe(n.Pipe, dot, vars)
	case *parse.IfNode:
		inner := copyVars(vars)
		w.pipe(n.Pipe, dot, inner)
		w.list(n.List, dot, inner)
		w.list(n.ElseList, dot, copyVars(inner))
	case *parse.WithNode:
		inner := copyVars(vars)
		v := w.pipe(n.Pipe, dot, inner)
		w.list(n.List, v, inner)
		w.list(n.ElseList, dot, copyVars(inner))
	case *parse.RangeNode:
		inner := copyVars(vars)
		v := w.pipe(n.Pipe, dot, nil) // the range's variables are its elements'
		el, keys := w.elements(v)
		if d := n.Pipe.Decl; len(d) == 1 {
			inner[d[0].Ident[0]] = el
		} else if len(d) == 2 {
			inner[d[0].Ident[0]], inner[d[1].Ident[0]] = keys, el
		}
		w.list(n.List, el, inner)
		w.list(n.ElseList, dot, copyVars(vars))
	case *parse.TemplateNode:
		v := values{vals: []reflect.Value{{}}}
		if n.Pipe != nil {
			v = w.pipe(n.Pipe, dot, copyVars(vars))
		}
		t := w.trees[n.Name]
		if t == nil || t.Root == nil {
			return
		}
		if w.depth > 20 {
			w.unknownTree(t)
			return
		}
		w.depth++
		w.list(t.Root, v, map[string]values{"$": v})
		w.depth--
	}
}

// pipe returns the values of p, whose variables it declares in vars (nil:
// declares none).
func (w *fieldWalk) pipe(p *parse.PipeNode, dot values, vars map[string]values) values {
	if p == nil {
		return unknownValues
	}
	v := unknownValues
	for i, c := range p.Cmds {
		v = w.command(c, dot, vars, i > 0)
	}
	if vars != nil {
		for _, d := range p.Decl {
			vars[d.Ident[0]] = v
		}
	}
	return v
}

// command returns the values of c; piped tells that the command gets the
// result of the one before it as its last argument.
func (w *fieldWalk) command(c *parse.CommandNode, dot values, vars map[string]values, piped bool) values {
	if len(c.Args) == 1 && !piped {
		return w.arg(c.Args[0], dot, vars)
	}
	for _, a := range c.Args {
		w.arg(a, dot, vars)
	}
	return unknownValues // a function's or a method's result
}

func (w *fieldWalk) arg(n parse.Node, dot values, vars map[string]values) values {
	switch n := n.(type) {
	case *parse.DotNode:
		return dot
	case *parse.FieldNode:
		return w.chain(dot, n.Ident)
	case *parse.VariableNode:
		base, ok := vars[n.Ident[0]]
		if !ok {
			base = unknownValues
		}
		return w.chain(base, n.Ident[1:])
	case *parse.ChainNode:
		return w.chain(w.arg(n.Node, dot, vars), n.Field)
	case *parse.PipeNode:
		return w.pipe(n, dot, copyVars(vars))
	case *parse.NilNode, *parse.BoolNode, *parse.NumberNode, *parse.StringNode:
		return values{}
	}
	return unknownValues
}

// chain returns the values of idents looked up in each of base, as
// text/template looks them up, and marks the identifiers.
func (w *fieldWalk) chain(base values, idents []string) values {
	if len(idents) == 0 {
		return base
	}
	if base.unknown {
		w.unknownFrom(idents, 0)
		return unknownValues
	}
	var out values
	for _, v := range base.vals {
		for i, id := range idents {
			id = strings.TrimSuffix(id, fieldMark) // as the template wrote it, where an execution renamed it
			if w.steps++; w.steps > walkLimit {
				w.unknownFrom(idents, i)
				out.unknown = true
				break
			}
			v = indirectValue(v)
			if !v.IsValid() {
				break
			}
			if _, ok := reflect.PointerTo(v.Type()).MethodByName(id); ok { // a method of Go's library, which the walk does not call
				w.unknownFrom(idents, i)
				out.unknown = true
				break
			}
			switch v.Kind() {
			case reflect.Struct:
				f, ok := v.Type().FieldByName(id)
				if !ok || !f.IsExported() {
					v = reflect.Value{}
					break
				}
				w.mark(idents, i, func(m *refMark) { m.field = true })
				v = v.FieldByIndex(f.Index)
			case reflect.Map:
				if !stringKeyed(v.Type()) {
					v = reflect.Value{}
					break
				}
				v = v.MapIndex(reflect.ValueOf(id))
				if v.IsValid() {
					w.mark(idents, i, func(m *refMark) { m.key = true })
				}
			default:
				v = reflect.Value{}
			}
			if !v.IsValid() {
				break
			}
		}
		if v.IsValid() && !out.unknown {
			out.vals = append(out.vals, v)
		}
		if out.unknown {
			return unknownValues
		}
	}
	return out
}

// indirectValue returns what v points to or holds, through pointers and
// interfaces; the zero Value for nil.
func indirectValue(v reflect.Value) reflect.Value {
	for v.IsValid() && (v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface) {
		if v.IsNil() {
			return reflect.Value{}
		}
		v = v.Elem()
	}
	return v
}

// elements returns the values a range over v gives its dot, and its keys.
func (w *fieldWalk) elements(v values) (el, keys values) {
	if v.unknown {
		return unknownValues, unknownValues
	}
	for _, x := range v.vals {
		x = indirectValue(x)
		if !x.IsValid() {
			continue
		}
		switch x.Kind() {
		case reflect.Slice, reflect.Array:
			for i := range x.Len() {
				el.vals = append(el.vals, x.Index(i))
			}
		case reflect.Map:
			for it := x.MapRange(); it.Next(); {
				keys.vals = append(keys.vals, it.Key())
				el.vals = append(el.vals, it.Value())
			}
		case reflect.Chan, reflect.Func:
			return unknownValues, unknownValues
		}
		if w.steps += x.Len(); w.steps > walkLimit {
			return unknownValues, unknownValues
		}
	}
	return el, keys
}
