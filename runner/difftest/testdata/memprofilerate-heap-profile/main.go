// difftest: same
// runtime.MemProfileRate in a program that writes its heap profile: the
// sampling is on, at Go's default rate, and the profile is there to write.
package main

import (
	"bytes"
	"fmt"
	"runtime"
	"runtime/pprof"
)

var kept [][]byte

func main() {
	fmt.Println("sampling one allocation in", runtime.MemProfileRate, "bytes")
	for range 64 {
		kept = append(kept, make([]byte, 64<<10))
	}
	runtime.GC()
	var b bytes.Buffer
	if err := pprof.Lookup("heap").WriteTo(&b, 1); err != nil {
		fmt.Println("writing the heap profile:", err)
		return
	}
	fmt.Println("heap profile written:", b.Len() > 0, bytes.HasPrefix(b.Bytes(), []byte("heap profile:")))
}
