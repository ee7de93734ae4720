// difftest: same
// File modes: the permissions a file is written with, Chmod, the String
// of a FileMode with its type bits, and the errors of a missing folder
// and of a write to a closed file.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	dir, err := os.MkdirTemp(".", "modes-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "a.txt")
	os.WriteFile(p, []byte("x"), 0640)
	st, _ := os.Stat(p)
	fmt.Println(st.Mode(), st.Mode().Perm(), st.Mode()&0o777 == 0o640)
	os.Chmod(p, 0600)
	st, _ = os.Stat(p)
	fmt.Println(st.Mode(), st.Mode().String(), fs.FileMode(0755|fs.ModeDir))
	ds, _ := os.Stat(dir)
	fmt.Println(ds.IsDir(), ds.Mode().IsDir(), ds.Mode()&fs.ModeType == fs.ModeDir)
	fmt.Printf("%o %v %s\n", st.Mode().Perm(), fs.ModeSymlink|0777, fs.FileMode(0))
	err = os.WriteFile(filepath.Join(dir, "no", "such"), nil, 0644)
	fmt.Println(err != nil, errors(err))
	f, _ := os.Create(filepath.Join(dir, "b"))
	fmt.Println(filepath.Base(f.Name()))
	f.Close()
	_, err = f.Write([]byte("late"))
	fmt.Println(err != nil, errorsIs(err))
}

func errors(err error) string {
	var pe *fs.PathError
	if e, ok := err.(*fs.PathError); ok {
		pe = e
		return pe.Op + " " + filepath.Base(pe.Path) + ": " + pe.Err.Error()
	}
	return "?"
}

func errorsIs(err error) bool {
	return err != nil && os.IsExist(err) == false
}
