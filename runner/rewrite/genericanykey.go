package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/lift"
)

// anyKey hands, in the copy, the key k of map m to lift.Key where m is
// keyed by a type parameter that the instance makes an empty interface
// (a Set[T comparable] of map[T]bool called as Set[any]), as pass anyKeys
// does where such a map is written: the interpreter keeps a script's value
// of a type with methods, stored as the empty interface, in a wrapper of
// its own, which the map hashed as it is (one value added twice was two
// keys, and a lookup missed it).
//
//	s[v] = true   =>   s[_sl1.Key(v)] = true
func (c *declCopy) anyKey(m, k ast.Expr) {
	p := c.m.p
	t := p.Info.TypeOf(m)
	if t == nil || len(c.sub) == 0 || isNilLit(p, k) {
		return
	}
	mt, ok := t.Underlying().(*types.Map)
	if !ok || !isTypeParam(mt.Key()) {
		return // pass anyKeys hands it over where it is written
	}
	key := substitute(mt.Key(), c.sub)
	if !isEmptyInterface(key) || isTypeParam(key) {
		return
	}
	if c.m.cmp == nil {
		c.m.cmp = newComparer(p, c.m.e)
	}
	if !c.m.cmp.withMethods() {
		return
	}
	if !c.fits(k.Pos(), k.Pos()) || !c.fits(k.End(), k.End()) {
		// another pass wrote the key's text anew (m[k] = append(m[k], v))
		c.m.refuse(k.Pos(), "%s is a key of a map keyed by %s, which an instance makes %s: the interpreter keeps a value of a type with methods stored as %s in a wrapper of its own, which the map hashes as it is (one value stored from two places is two keys), and socklab cannot take the key out of it here: instantiate it with a concrete type, or write the statement in two (list := m[k]; m[k] = append(list, v))", types.ExprString(k), types.TypeString(mt.Key(), nil), c.m.cmp.typeString(key), c.m.cmp.typeString(key))
		return
	}
	c.add(k.Pos(), k.Pos(), c.m.e.Import(lift.Package)+".Key("+directive(p, k.Pos()))
	c.add(k.End(), k.End(), ")"+directive(p, k.End()))
}
