package allow

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/typecheck"
)

// configHead starts each case of httptest.Server's Config: main follows
// on line 10.
const configHead = "package main\n\nimport (\n\t\"net/http\"\n\t\"net/http/httptest\"\n)\n\nvar _ http.Handler\n\n"

// TestConfigUses lists uses of httptest.Server's Config, Go's own
// *http.Server: those that would reach its ListenAndServe are refused,
// with the line, unless --allow-net is given; its fields and other
// methods are not.
func TestConfigUses(t *testing.T) {
	for _, tt := range []struct{ name, body, want string }{
		{"ListenAndServe", "func main() {\n\ts := httptest.NewUnstartedServer(nil)\n\ts.Config.ListenAndServe()\n}\n",
			"main.go:12:4: this use of httptest.Server's Config (Go's own *http.Server) is not allowed in socklab scripts: its ListenAndServe and ListenAndServeTLS listen around the network gate"},
		{"ListenAndServeTLS as a method value", "func main() {\n\ts := httptest.NewUnstartedServer(nil)\n\tf := s.Config.ListenAndServeTLS\n\t_ = f\n}\n",
			"main.go:12:9: this use of httptest.Server's Config"},
		{"taken as a value", "func main() {\n\ts := httptest.NewServer(nil)\n\tsrv := s.Config\n\t_ = srv\n}\n",
			"main.go:12:11: this use of httptest.Server's Config"},
		{"promoted through a struct of the script's", "type suite struct{ *httptest.Server }\n\nfunc main() {\n\ts := suite{httptest.NewServer(nil)}\n\t_ = s.Config.ListenAndServe()\n}\n",
			"main.go:14:8: this use of httptest.Server's Config"},
		{"a field read", "func main() {\n\ts := httptest.NewServer(nil)\n\t_ = s.Config.Handler\n}\n", ""},
		{"a field set", "func main() {\n\ts := httptest.NewUnstartedServer(nil)\n\ts.Config.ErrorLog = nil\n\ts.Start()\n}\n", ""},
		{"another method", "func main() {\n\ts := httptest.NewServer(nil)\n\ts.Config.SetKeepAlivesEnabled(false)\n}\n", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, "main.go", configHead+tt.body, parser.ParseComments)
			if err != nil {
				t.Fatal(err)
			}
			pkg := &typecheck.Package{Path: "main", Files: []*ast.File{f}}
			if err := typecheck.Check(fset, []*typecheck.Package{pkg}, typecheck.Config{}); err != nil {
				t.Fatal(err)
			}
			got := strings.Join(CheckTypes(fset, pkg.Info, Flags{}), "\n")
			switch {
			case tt.want == "" && got != "":
				t.Errorf("refused:\n%s", got)
			case tt.want != "" && !strings.Contains(got, tt.want):
				t.Errorf("got %q, want a refusal containing %q", got, tt.want)
			}
			if got := CheckTypes(fset, pkg.Info, Flags{Net: true}); len(got) > 0 {
				t.Errorf("refused with --allow-net:\n%s", strings.Join(got, "\n"))
			}
		})
	}
}
