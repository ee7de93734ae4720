package embedfs

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unsafe"
)

// compiled is an embed.FS the compiler built: testdata's files but
// site/.hidden, which a directory pattern leaves out.
//
//go:embed testdata
var compiled embed.FS

// readTestdata returns the files and directories of the folder testdata as
// New takes them, leaving out what //go:embed testdata leaves out.
func readTestdata(t *testing.T) []File {
	t.Helper()
	var files []File
	err := fs.WalkDir(os.DirFS("."), "testdata", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		if d.IsDir() {
			files = append(files, File{Name: p + "/"})
			return nil
		}
		data, err := os.ReadFile(p)
		files = append(files, File{Name: p, Data: string(data)})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Reverse(files) // New sorts them
	return files
}

// TestLayout: this Go release lays out embed.FS as New writes it.
func TestLayout(t *testing.T) {
	if err := Layout(); err != nil {
		t.Fatal(err)
	}
}

// TestSameList: New builds the very list the compiler wrote, hashes and
// order included.
func TestSameList(t *testing.T) {
	built, err := New(readTestdata(t))
	if err != nil {
		t.Fatal(err)
	}
	got := *(*fsLayout)(unsafe.Pointer(&built)).files
	want := *(*fsLayout)(unsafe.Pointer(&compiled)).files
	if !reflect.DeepEqual(got, want) {
		t.Errorf("New's list:\n%v\nthe compiler's:\n%v", names(got), names(want))
	}
}

func names(files []file) []string {
	var out []string
	for _, f := range files {
		out = append(out, fmt.Sprintf("%s %x", f.name, f.hash))
	}
	return out
}

// TestBehavesAsCompiled: what a program sees of New's value through
// embed's methods and io/fs is what it sees of the compiler's.
func TestBehavesAsCompiled(t *testing.T) {
	built, err := New(readTestdata(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		see  func(fsys embed.FS) string
	}{
		{"walk", func(fsys embed.FS) string {
			var b strings.Builder
			err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
				info, _ := d.Info()
				fmt.Fprintf(&b, "%s %v %v %v %d %v\n", p, d.IsDir(), d.Type(), info.Mode(), info.Size(), info.ModTime())
				return err
			})
			return b.String() + fmt.Sprint(err)
		}},
		{"glob", func(fsys embed.FS) string {
			m, err := fs.Glob(fsys, "testdata/*/*.html")
			return fmt.Sprint(m, err)
		}},
		{"read", func(fsys embed.FS) string {
			var b strings.Builder
			for _, name := range []string{"testdata/hello.txt", "testdata/site/empty.txt", "testdata/site", "testdata/site/.hidden", "nope", "/testdata", "testdata/../testdata/hello.txt", "."} {
				data, err := fsys.ReadFile(name)
				fmt.Fprintf(&b, "%s: %q %v\n", name, data, err)
			}
			return b.String()
		}},
		{"readdir", func(fsys embed.FS) string {
			var b strings.Builder
			for _, name := range []string{".", "testdata", "testdata/site", "testdata/hello.txt", "missing"} {
				entries, err := fsys.ReadDir(name)
				fmt.Fprintln(&b, name, err)
				for _, e := range entries {
					fmt.Fprintln(&b, " ", e)
				}
			}
			return b.String()
		}},
		{"open", func(fsys embed.FS) string {
			f, err := fsys.Open("testdata/site/index.html")
			if err != nil {
				return err.Error()
			}
			defer f.Close()
			info, _ := f.Stat()
			data, _ := io.ReadAll(f)
			seeker, _ := f.(io.Seeker)
			n, err := seeker.Seek(2, io.SeekStart)
			rest, _ := io.ReadAll(f)
			return fmt.Sprint(info, string(data), n, err, string(rest), fmt.Sprintf("%T", fsys))
		}},
		{"sub", func(fsys embed.FS) string {
			sub, err := fs.Sub(fsys, "testdata/site")
			if err != nil {
				return err.Error()
			}
			data, err := fs.ReadFile(sub, "css/main.css")
			return fmt.Sprint(string(data), err)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, want := tc.see(built), tc.see(compiled); got != want {
				t.Errorf("New's:\n%s\nthe compiler's:\n%s", got, want)
			}
		})
	}
}

// TestEmpty: no files is the zero embed.FS, as the compiler leaves one
// whose patterns matched nothing it could hold.
func TestEmpty(t *testing.T) {
	built, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	if built != (embed.FS{}) {
		t.Errorf("New(nil) is not the zero embed.FS")
	}
	if _, err := built.Open("x"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Open of the empty FS: %v", err)
	}
}

// TestCompare: the compiler's order, a directory's files after the names
// of its parent.
func TestCompare(t *testing.T) {
	names := []string{"q/s/u", "w", "q/v", "q/s/", "p", "q/s/t", "q/", "q/r"}
	slices.SortFunc(names, Compare)
	want := []string{"p", "q/", "w", "q/r", "q/s/", "q/v", "q/s/t", "q/s/u"}
	if !slices.Equal(names, want) {
		t.Errorf("sorted %v, want %v", names, want)
	}
}

// TestSameLayoutFinds: a layout that differs in a field's kind, name,
// offset or count is told apart.
func TestSameLayoutFinds(t *testing.T) {
	type renamed struct {
		name string
		body string
		hash [16]byte
	}
	type shorter struct {
		name string
		data string
		hash [8]byte
	}
	type wider struct {
		name string
		data string
		hash [16]byte
		mode uint32
	}
	type other struct {
		name string
		data []byte
	}
	for _, typ := range []reflect.Type{reflect.TypeFor[renamed](), reflect.TypeFor[shorter](), reflect.TypeFor[wider](), reflect.TypeFor[other](), reflect.TypeFor[string](), reflect.TypeFor[[16]uint16]()} {
		if err := sameLayout(typ, reflect.TypeFor[file]()); !errors.Is(err, ErrLayout) {
			t.Errorf("%v: %v, want ErrLayout", typ, err)
		}
	}
	if err := sameLayout(reflect.TypeFor[file](), reflect.TypeFor[file]()); err != nil {
		t.Error(err)
	}
}
