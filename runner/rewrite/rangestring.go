package rewrite

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// A range loop over a string gives the byte offset where each rune starts.
// The interpreter ranges over the string's []rune and gives, for the index
// alone, the rune's number (for i := range "世界!" gave 0, 1, 2 where Go
// gives 0, 3, 6) and, with the rune, the length of the runes before it
// encoded again, which an invalid byte, decoded to a three-byte
// utf8.RuneError, moved on by two. Where the loop uses the index, this
// pass ranges over what lift.Runes returns, the offsets and runes as Go
// gives them, and declares (or assigns) the loop's variables at the top of
// the body, on the same line:
//
//	for i, r := range s {   =>   for _, _r1 := range lift.Runes(s) { i, r := _r1.Pos, _r1.Rune;
//
// Each iteration declares its own variables, as Go does; a body that
// declares one of them again gets a block of its own. A loop over a
// constant of ASCII alone is left as it is, and so is one whose index is
// blank: the interpreter gives the runes right.

func rangeStrings(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		loop, ok := n.(*ast.RangeStmt)
		if !ok || rangeOver(p, loop) != "string" {
			return true
		}
		it := e.Name("r")
		var lhs, rhs, names []string
		for i, x := range []ast.Expr{loop.Key, loop.Value} {
			if x == nil || isBlank(x) {
				continue
			}
			if loop.Tok == token.ASSIGN && !assignable(p, x) {
				e.Refuse(x.Pos(), "the interpreter loses what a range loop assigns to %s: range with := and assign it in the body", e.Text(x.Pos(), x.End()))
				return true
			}
			if id, ok := x.(*ast.Ident); ok {
				names = append(names, id.Name)
			}
			lhs = append(lhs, e.Text(x.Pos(), x.End()))
			rhs = append(rhs, it+[]string{".Pos", ".Rune"}[i])
		}
		e.Replace(loop.Key.Pos(), loop.TokPos+token.Pos(len(loop.Tok.String())), "_, "+it+" :=")
		open := e.Import(lift.Package) + ".Runes("
		if _, basic := p.Info.TypeOf(loop.X).(*types.Basic); !basic {
			open += "string("
			e.InsertFirst(loop.X.End(), ")")
		}
		e.Insert(loop.X.Pos(), open)
		e.InsertFirst(loop.X.End(), ")")
		decl := " " + strings.Join(lhs, ", ") + " " + loop.Tok.String() + " " + strings.Join(rhs, ", ") + ";"
		if loop.Tok == token.DEFINE && declaresAgain(p, loop.Body, names) {
			decl += " {"
			e.Insert(loop.Body.Rbrace, "}")
		}
		e.InsertFirst(loop.Body.Lbrace+1, decl)
		return true
	})
}

// rangesStringIndex reports whether loop ranges over a string with an
// index variable that is not blank, where the string may hold more than
// ASCII.
func rangesStringIndex(p *Package, loop *ast.RangeStmt, t *types.Basic) bool {
	if t.Info()&types.IsString == 0 || loop.Key == nil || isBlank(loop.Key) {
		return false
	}
	tv := p.Info.Types[loop.X]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return true
	}
	s := constant.StringVal(tv.Value)
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}

// declaresAgain reports whether body declares one of names at its top
// level.
func declaresAgain(p *Package, body *ast.BlockStmt, names []string) bool {
	scope := p.Info.Scopes[body]
	if scope == nil {
		return false
	}
	for _, name := range names {
		if scope.Lookup(name) != nil {
			return true
		}
	}
	return false
}
