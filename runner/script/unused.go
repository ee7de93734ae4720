package script

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// unusedVariables finds the variables of a package's files that are
// declared and never used. The interpreter runs such code, but go run
// refuses it, so socklab warns. The check type-checks the files alone,
// with every imported package empty: the errors that causes (undefined
// members) are ignored, and go/types still marks each variable used where
// it is, which is all this needs.
func unusedVariables(fset *token.FileSet, files []*ast.File) []string {
	var unused []types.Error
	conf := types.Config{
		Importer: emptyImporter{},
		Error: func(err error) {
			if te, ok := err.(types.Error); ok && strings.HasPrefix(te.Msg, "declared and not used") {
				unused = append(unused, te)
			}
		},
	}
	conf.Check(files[0].Name.Name, fset, files, nil)
	slices.SortFunc(unused, func(a, b types.Error) int { return int(a.Pos - b.Pos) })
	var warnings []string
	for _, te := range unused {
		warnings = append(warnings, fmt.Sprintf("%s: %s (go run refuses this; socklab runs it anyway)", fset.Position(te.Pos), te.Msg))
	}
	return warnings
}

// emptyImporter gives every import an empty package of the right name.
type emptyImporter struct{}

func (e emptyImporter) Import(importPath string) (*types.Package, error) {
	p := types.NewPackage(importPath, e.name(importPath))
	p.MarkComplete()
	return p, nil
}

// name returns the name a package is known by in code that imports it.
func (e emptyImporter) name(importPath string) string {
	if name, ok := tableName(importPath); ok {
		return name
	}
	return packageName(importPath) // a local package: named after its folder
}
