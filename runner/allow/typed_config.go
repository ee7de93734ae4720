package allow

import (
	"go/ast"
	"go/token"
	"go/types"
)

// httptest.Server's field Config holds Go's own *http.Server, not
// socklab's: its ListenAndServe and ListenAndServeTLS would listen around
// the network gate. A script may read and set Config's fields and call its
// other methods (ts.Config.ErrorLog = l, ts.Config.SetKeepAlivesEnabled);
// configUses refuses every other use of the field (the two methods, the
// field taken as a value). Reflection reaches the field's value only as an
// interface (Value.Interface), which asserts to no interface the script
// declares (refused in runner/refuse) and to no *http.Server of the
// script's, which is socklab's type; methods by name are refused.

// listenMethods are the methods of http.Server that listen themselves.
var listenMethods = map[string]bool{"ListenAndServe": true, "ListenAndServeTLS": true}

// configVerdict is what a refused use of the field is told.
var configVerdict = refused(Net, "its ListenAndServe and ListenAndServeTLS listen around the network gate, so a script may only read and set its fields and call its other methods: start the server with Start, or call Config.Serve with a listener of net.Listen")

// configUses reports, through report, each use of httptest.Server's
// Config that is refused without fl's flag.
func configUses(info *types.Info, fl Flags, report func(token.Pos, string, Verdict)) {
	if fl.Has(configVerdict.Flag) {
		return
	}
	selected := map[*ast.SelectorExpr]bool{} // Config selections a field or a method other than the listening ones is selected from
	for sel, s := range info.Selections {
		x, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
		if !ok || !isConfig(info, x) {
			continue
		}
		if s.Kind() == types.FieldVal || !listenMethods[s.Obj().Name()] {
			selected[x] = true
		}
	}
	for sel := range info.Selections {
		if isConfig(info, sel) && !selected[sel] {
			report(sel.Sel.Pos(), "this use of httptest.Server's Config (Go's own *http.Server)", configVerdict)
		}
	}
}

// isConfig reports whether sel selects the field Config of
// httptest.Server, promoted or not.
func isConfig(info *types.Info, sel *ast.SelectorExpr) bool {
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return false
	}
	v, ok := s.Obj().(*types.Var)
	if !ok || v.Name() != "Config" || v.Pkg() == nil || v.Pkg().Path() != "net/http/httptest" {
		return false
	}
	return true
}
