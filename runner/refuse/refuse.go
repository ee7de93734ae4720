// Package refuse finds the Go that the interpreter would run differently
// from the Go toolchain, so that socklab refuses it before it runs, naming
// its file:line:col and what to write instead, rather than running it
// wrongly. Each check lives in a file of its own and names the interpreter
// behaviour it guards against; a check goes away when socklab lifts the
// behaviour (see runner/difftest, where a program of the corpus shows it).
package refuse

import (
	"fmt"
	"github.com/socklab/socklab/runner/rewrite"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
)

// check is one kind of refusal: it reports, through r, what it finds in a
// package's files.
type check func(r *reporter)

var checks = []check{
	typeSwitches,
	typeAssertions,
	lookalikeCases,
	lookalikeEquals,
	errorsAs,
	encodings,
	gobFields,
	gobWire,
	gobMethods,
	gobRegistered,
	gobRemoteShared,
	printVerbs,
	recoveredValues,
	typedNilErrors,
	pointerComparisons,
	newerLibraryNames,
	reflectTypes,
	structValueCases,
	mixedInterfaceEquals,
	jsonFuncValues,
	heldStructs,
	embedOrder,
	soleEmbedded,
	interfaceMapKeys,
	stderrDescriptor,
	binaryReads,
	contextPrints,
	callerFrames,
	logValuers,
	slogStructs,
	templateData,
	rpcValues,
	stackCaps,
	bufferCaps,
	wrappedAnys,
	responseWriterMethods,
	muxValues,
	flagTextVars,
	contextKeys,
	sameNamedTypes,
	typeParamNames,
	genericMethods,
	predeclaredNames,
	libraryStores,
	assertionErrors,
	selfFuncTables,
	asn1Recipients,
}

// reporter holds the package being checked and what the checks found.
type reporter struct {
	fset  *token.FileSet
	files []*ast.File
	pkg   *types.Package
	info  *types.Info
	found []finding
	// nilSites, where not nil, gathers what NilPointers returns.
	nilSites map[token.Pos]bool
	// jsonRPC reports that a file of the package imports net/rpc/jsonrpc,
	// whose values go as JSON (rpcValues).
	jsonRPC bool
	// anyShown holds the names of rewrite.ShownThroughAny's types, once
	// asked for.
	anyShown map[string]bool
	// anyCases holds rewrite.ShownThroughAny's types, by their spelling,
	// once asked for.
	anyCases map[string]bool
	// heldNames, once asked, is rewrite.HeldNames of the package.
	heldNames *rewrite.HeldNames
	// assertLifts holds rewrite.AssertionLifts, once asked for.
	assertLifts map[ast.Node]rewrite.AssertionLift
	// ifaceHeld holds what the package converts to interfaces, once asked
	// for (see held).
	ifaceHeld *ifaceHeld
	// nilInIfaces are the types whose nil pointer the package may store
	// as an interface (see nilStored), once found.
	nilInIfaces map[*types.TypeName]token.Pos
	// xmlNamed holds rewrite.XMLNamed's types, once asked for.
	xmlNamed map[*types.Named]bool
	// gobRegisteredTypes holds the types the script registers with gob,
	// once asked for (see gobUnregisteredLocal).
	gobRegisteredTypes []types.Type
	// copied holds copiedInstances of the generic types asked for.
	copied map[*types.TypeName]bool
	// copiedBodies holds the bodies that runner/rewrite copies for each
	// instance (see inCopiedBody), once asked for.
	copiedBodies *[][2]token.Pos
	// argsWithMethods holds typeArgsWithMethods, once asked for.
	argsWithMethods *bool
	// recoverFlow holds where what recover returns goes, once asked for
	// (see fromRecover).
	recoverFlow *recoveredFlow
	// recovered holds rewrite.RecoveredTypes of the package, once asked
	// for.
	recovered *[]rewrite.RecoveredType
	// onlyRecovered holds rewrite.OnlyRecovered, once asked for.
	onlyRecovered map[*types.Var]bool
}

// liftedAssertion reports whether pass ifassert lifts n, an assertion, a
// type switch's case or a call of errors.As.
func (r *reporter) liftedAssertion(n ast.Node) bool {
	_, ok := r.assertionLift(n)
	return ok
}

func (r *reporter) assertionLift(n ast.Node) (rewrite.AssertionLift, bool) {
	if r.assertLifts == nil {
		r.assertLifts = rewrite.AssertionLifts(r.fset, r.info, nil, r.pkg, r.files)
	}
	l, ok := r.assertLifts[n]
	return l, ok
}

type finding struct {
	pos token.Pos
	msg string
}

func (r *reporter) refuse(pos token.Pos, format string, args ...any) {
	r.found = append(r.found, finding{pos, fmt.Sprintf(format, args...)})
}

// Check returns a message for each construct of a package's files that
// the interpreter would run differently, ordered by position. pkg and info
// are what go/types learned of the files (see runner/typecheck).
func Check(fset *token.FileSet, files []*ast.File, pkg *types.Package, info *types.Info) []string {
	refused, _ := Examine(fset, files, pkg, info)
	return refused
}

// Examine is Check, and NilPointers from the same walk, for a caller that
// rewrites the package after checking it.
func Examine(fset *token.FileSet, files []*ast.File, pkg *types.Package, info *types.Info) (refused []string, nilPointers map[token.Pos]bool) {
	if len(files) == 0 || pkg == nil || info == nil {
		return nil, nil
	}
	r := &reporter{fset: fset, files: files, pkg: pkg, info: info, nilSites: map[token.Pos]bool{}}
	for _, c := range checks {
		c(r)
	}
	sort.SliceStable(r.found, func(i, j int) bool { return r.found[i].pos < r.found[j].pos })
	var out []string
	seen := map[token.Pos]bool{}
	for _, f := range r.found {
		if seen[f.pos] {
			continue
		}
		seen[f.pos] = true
		out = append(out, fmt.Sprintf("%s: %s", fset.Position(f.pos), f.msg))
	}
	return out, r.nilSites
}

// inspect walks every file of the package, as ast.PreorderStack does.
func (r *reporter) inspect(fn func(n ast.Node, stack []ast.Node) bool) {
	for _, f := range r.files {
		ast.PreorderStack(f, nil, fn)
	}
}

// typeOf returns the type of e, or nil where it is not known (an
// expression that involves a package the type checker took on trust).
func (r *reporter) typeOf(e ast.Expr) types.Type {
	tv, ok := r.info.Types[e]
	if !ok || tv.Type == nil || tv.Type == types.Typ[types.Invalid] {
		return nil
	}
	return tv.Type
}

// declared reports whether t is a named type that the checked package
// declares.
func (r *reporter) declared(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() == r.pkg && r.pkg != nil
}

// pooled reports whether runner/rewrite makes t, a type the script
// declares, a compiled type of lift's pool, which the interpreter keeps
// as Go keeps it: in an interface, compared, and with its methods.
func (r *reporter) pooled(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && r.declared(t) && rewrite.Pooled(n.Obj())
}

// hasMethod reports whether t or *t has a method named name.
func hasMethod(t types.Type, name string) bool {
	for _, tt := range []types.Type{t, types.NewPointer(t)} {
		if _, ok := types.Unalias(tt).(*types.Pointer); ok {
			if _, isPtr := types.Unalias(t).(*types.Pointer); isPtr && tt != t {
				continue
			}
		}
		ms := types.NewMethodSet(tt)
		for i := range ms.Len() {
			if ms.At(i).Obj().Name() == name {
				return true
			}
		}
	}
	return false
}

// calleeName returns "pkg.Func" for a call of an imported package's
// function, "" otherwise.
func (r *reporter) calleeName(call *ast.CallExpr) string {
	if sel, pn := r.qualified(call.Fun); pn != nil {
		return pn.Imported().Path() + "." + sel.Sel.Name
	}
	return ""
}

// qualified returns e as a qualified identifier, a member of an imported
// package (io.EOF), with the package's name in the file; nil, nil where e
// is not one. The checks tell Go's compiled names from the script's by it.
func (r *reporter) qualified(e ast.Expr) (*ast.SelectorExpr, *types.PkgName) {
	sel, ok := e.(*ast.SelectorExpr)
	if !ok {
		return nil, nil
	}
	id, ok := sel.X.(*ast.Ident)
	if !ok {
		return nil, nil
	}
	pn, ok := r.info.Uses[id].(*types.PkgName)
	if !ok {
		return nil, nil
	}
	return sel, pn
}

// isNamed reports whether t, or what it points to, is the named type name
// ("Server") of the package with import path pkg.
func isNamed(t types.Type, pkg, name string) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Name() == name && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg
}
