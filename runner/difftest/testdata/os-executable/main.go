// difftest: refused os.Executable names socklab's binary, as a script has none of its own
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	exe, err := os.Executable()
	fmt.Println(filepath.Base(exe), err)
}
