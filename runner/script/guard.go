package script

import (
	"io/ioutil" //nolint:staticcheck // scripts may still call it
	"os"
	"reflect"

	"github.com/socklab/socklab/runner/fsgate"
)

// guardedOS returns os's file functions wrapped so that every path they
// are given passes the file gate.
func guardedOS() map[string]reflect.Value {
	return map[string]reflect.Value{
		"Open":       guard("open", os.Open, 0),
		"OpenFile":   guard("open", os.OpenFile, 0),
		"Create":     guard("create", os.Create, 0),
		"ReadFile":   guard("read", os.ReadFile, 0),
		"WriteFile":  guard("write", os.WriteFile, 0),
		"ReadDir":    guard("readdir", os.ReadDir, 0),
		"Remove":     guard("remove", os.Remove, 0),
		"RemoveAll":  guard("remove", os.RemoveAll, 0),
		"Rename":     guard("rename", os.Rename, 0, 1),
		"Mkdir":      guard("mkdir", os.Mkdir, 0),
		"MkdirAll":   guard("mkdir", os.MkdirAll, 0),
		"MkdirTemp":  guard("mkdirtemp", os.MkdirTemp, 0),
		"CreateTemp": guard("createtemp", os.CreateTemp, 0),
		"Stat":       guard("stat", os.Stat, 0),
		"Lstat":      guard("lstat", os.Lstat, 0),
		"Chdir":      guard("chdir", os.Chdir, 0),
		"Chmod":      guard("chmod", os.Chmod, 0),
		"Chown":      guard("chown", os.Chown, 0),
		"Lchown":     guard("lchown", os.Lchown, 0),
		"Chtimes":    guard("chtimes", os.Chtimes, 0),
		"Truncate":   guard("truncate", os.Truncate, 0),
		"Symlink":    guard("symlink", os.Symlink, 0, 1),
		"Link":       guard("link", os.Link, 0, 1),
		"Readlink":   guard("readlink", os.Readlink, 0),
	}
}

// guardedIoutil is guardedOS for the old io/ioutil functions.
func guardedIoutil() map[string]reflect.Value {
	return map[string]reflect.Value{
		"ReadFile":  guard("read", ioutil.ReadFile, 0),
		"WriteFile": guard("write", ioutil.WriteFile, 0),
		"ReadDir":   guard("readdir", ioutil.ReadDir, 0),
		"TempFile":  guard("createtemp", ioutil.TempFile, 0),
		"TempDir":   guard("mkdirtemp", ioutil.TempDir, 0),
	}
}

var errorType = reflect.TypeOf((*error)(nil)).Elem()

// guard wraps fn so that its string arguments at pathArgs pass fsgate.Check
// first. A refused path returns zero values and the gate's error, which
// fn's last result must be able to hold. An empty directory argument of the
// temp functions means the system's temp folder, which lies outside too.
func guard(op string, fn any, pathArgs ...int) reflect.Value {
	v := reflect.ValueOf(fn)
	t := v.Type()
	if t.NumOut() == 0 || t.Out(t.NumOut()-1) != errorType {
		panic("guard: " + op + " does not return an error")
	}
	return reflect.MakeFunc(t, func(args []reflect.Value) []reflect.Value {
		for _, i := range pathArgs {
			p := args[i].String()
			if p == "" && (op == "mkdirtemp" || op == "createtemp") {
				p = os.TempDir()
			}
			if err := fsgate.Check(op, p); err != nil {
				out := make([]reflect.Value, t.NumOut())
				for j := range out {
					out[j] = reflect.Zero(t.Out(j))
				}
				out[len(out)-1] = reflect.ValueOf(&err).Elem()
				return out
			}
		}
		if t.IsVariadic() {
			return v.CallSlice(args)
		}
		return v.Call(args)
	})
}
