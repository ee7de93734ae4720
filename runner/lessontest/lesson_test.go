package lessontest_test

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/socklab/socklab/runner/lessontest"
)

func TestFind(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, `
-- 01-hello/server.go --
-- 01-hello/tests/hello.txtar --
-- 01-hello/tests/wire.txtar --
-- 01-hello/tests/notes.md --
-- 02-two/starter/server.go --
-- 02-two/tests/two.txtar --
-- 02-two/extra/tests/inner.txtar --
-- group/03-deep/tests/deep.txtar --
-- 04-untested/server.go --
-- 05-empty/tests/README --
-- .hidden/tests/h.txtar --
-- _draft/tests/d.txtar --
`)
	type found struct {
		Name    string
		Starter bool
		Tests   string
	}
	tests := []struct {
		path    string
		want    []found
		wantErr string
	}{{
		path: root,
		want: []found{
			{"01-hello", false, "hello wire"},
			{"02-two", true, "two"},
			{"group/03-deep", false, "deep"},
		},
	}, {
		path: filepath.Join(root, "01-hello"),
		want: []found{{"01-hello", false, "hello wire"}},
	}, {
		path: filepath.Join(root, "group"),
		want: []found{{"03-deep", false, "deep"}},
	}, {
		path: filepath.Join(root, "04-untested"),
	}, {
		path:    filepath.Join(root, "missing"),
		wantErr: "missing: no such folder",
	}, {
		path:    filepath.Join(root, "01-hello", "server.go"),
		wantErr: "is not a folder",
	}}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			lessons, err := lessontest.Find(tt.path)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one saying %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []found
			for _, l := range lessons {
				got = append(got, found{l.Name, l.Starter, strings.Join(l.Tests, " ")})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}
