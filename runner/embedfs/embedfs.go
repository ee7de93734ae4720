// Package embedfs builds an embed.FS from files read at run time, for the
// //go:embed directives of a script, which socklab reads when it prepares
// the script, as the go command does when it builds a program.
//
// embed.FS has a single unexported field, a pointer to the sorted list of
// its files, which the compiler fills in (cmd/compile's WriteEmbed) and no
// API of Go's library builds. A script must hold a real embed.FS, not a
// look-alike: fs.WalkDir, fs.Glob, http.FS, its ReadDir order, its
// errors and %T all come from embed's own methods. So this package builds
// the value through that layout, with unsafe, and nothing else: Layout
// checks through reflect that embed.FS and its file are still laid out as
// the compiler writes them (a pointer to a slice of structs of a name, a
// data string and a 16-byte hash), and New refuses to build one where they
// are not, so that a Go release that changes the layout makes socklab
// refuse embed.FS with a clear message instead of misbehaving. A test holds
// the value New builds to one the compiler built from the same files.
package embedfs

import (
	"crypto/sha256"
	"embed"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"unsafe"
)

// A File is one entry of an embed.FS: a file with its contents, or a
// directory, whose Name ends in a slash ("static/", "static/css/").
type File struct {
	Name string
	Data string
}

// file is embed's own file, as the compiler lays it out.
type file struct {
	name string
	data string
	hash [16]byte // the first 16 bytes of contentHash of the data
}

// fsLayout is embed.FS as the compiler lays it out.
type fsLayout struct {
	files *[]file
}

// New returns the embed.FS that holds files, each directory named with a
// trailing slash, as the compiler would build it: sorted by directory,
// then by name, each file with the hash the compiler computes. It fails
// where Layout does.
func New(files []File) (embed.FS, error) {
	var out embed.FS
	if err := Layout(); err != nil {
		return out, err
	}
	list := make([]file, len(files))
	for i, f := range files {
		list[i] = file{name: f.Name, data: f.Data}
		if !strings.HasSuffix(f.Name, "/") {
			sum := contentHash(f.Data)
			copy(list[i].hash[:], sum[:])
		}
	}
	slices.SortFunc(list, func(a, b file) int { return Compare(a.name, b.name) })
	if len(list) > 0 {
		(*fsLayout)(unsafe.Pointer(&out)).files = &list
	}
	return out, nil
}

// contentHash is the hash the compiler records of an embedded file
// (cmd/internal/hash's Sum32): SHA-256 with its first byte inverted. embed
// reads none of it; it is written so that the value is the compiler's.
func contentHash(data string) [32]byte {
	sum := sha256.Sum256([]byte(data))
	sum[0] ^= 0xff
	return sum
}

// Compare orders two names of an embed.FS's files as the compiler sorts
// them: by directory ("." for a name without one), then by the last
// element, a directory's trailing slash left out.
func Compare(x, y string) int {
	xdir, xelem := split(x)
	ydir, yelem := split(y)
	if c := strings.Compare(xdir, ydir); c != 0 {
		return c
	}
	return strings.Compare(xelem, yelem)
}

func split(name string) (dir, elem string) {
	name = strings.TrimSuffix(name, "/")
	i := strings.LastIndexByte(name, '/')
	if i < 0 {
		return ".", name
	}
	return name[:i], name[i+1:]
}

// ErrLayout is the error of Layout: the toolchain's embed.FS is not laid
// out as this package builds it.
var ErrLayout = errors.New("this Go release lays out embed.FS otherwise than socklab builds it")

// Layout reports whether embed.FS and its files are laid out as this
// package writes them, field by field, through reflect: an error wrapping
// ErrLayout, naming the difference, where they are not.
func Layout() error {
	fsType := reflect.TypeFor[embed.FS]()
	if err := sameLayout(fsType, reflect.TypeFor[fsLayout]()); err != nil {
		return err
	}
	files := fsType.Field(0).Type
	if files.Kind() != reflect.Pointer || files.Elem().Kind() != reflect.Slice {
		return fmt.Errorf("%w: its field %s is a %v", ErrLayout, fsType.Field(0).Name, files)
	}
	return sameLayout(files.Elem().Elem(), reflect.TypeFor[file]())
}

// sameLayout reports whether the struct types got and want have fields of
// the same names, kinds, sizes and offsets.
func sameLayout(got, want reflect.Type) error {
	if got.Kind() != reflect.Struct || got.NumField() != want.NumField() || got.Size() != want.Size() {
		return fmt.Errorf("%w: %v has %d fields in %d bytes, where socklab writes %d in %d", ErrLayout, got, fieldCount(got), got.Size(), want.NumField(), want.Size())
	}
	for i := range want.NumField() {
		g, w := got.Field(i), want.Field(i)
		if g.Name != w.Name || g.Offset != w.Offset || g.Type.Kind() != w.Type.Kind() || g.Type.Size() != w.Type.Size() {
			return fmt.Errorf("%w: %v's field %d is %s %v at offset %d, where socklab writes %s %v at %d", ErrLayout, got, i, g.Name, g.Type, g.Offset, w.Name, w.Type, w.Offset)
		}
		if w.Type.Kind() == reflect.Array && g.Type.Elem().Kind() != w.Type.Elem().Kind() {
			return fmt.Errorf("%w: %v's field %s is a %v, where socklab writes a %v", ErrLayout, got, g.Name, g.Type, w.Type)
		}
	}
	return nil
}

func fieldCount(t reflect.Type) int {
	if t.Kind() != reflect.Struct {
		return 0
	}
	return t.NumField()
}
