// difftest: same

package main

// compress/gzip and archive/zip round trips in memory, with a name, a
// comment, and the errors of data in neither format.

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
)

func main() {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Name = "greeting.txt"
	zw.Write(bytes.Repeat([]byte("hello socket "), 50))
	zw.Close()
	fmt.Println(buf.Len() < 650)
	zr, err := gzip.NewReader(&buf)
	fmt.Println(err, zr.Name)
	out, _ := io.ReadAll(zr)
	fmt.Println(len(out), string(out[:12]))
	_, err = gzip.NewReader(bytes.NewReader([]byte("plain")))
	fmt.Println(err)
	var zb bytes.Buffer
	w := zip.NewWriter(&zb)
	for _, f := range []struct{ name, body string }{{"a.txt", "alpha"}, {"dir/b.txt", "bravo bravo"}} {
		fw, _ := w.Create(f.name)
		fw.Write([]byte(f.body))
	}
	w.SetComment("lesson files")
	w.Close()
	r, err := zip.NewReader(bytes.NewReader(zb.Bytes()), int64(zb.Len()))
	fmt.Println(err, r.Comment, len(r.File))
	for _, f := range r.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		fmt.Println(f.Name, f.UncompressedSize64, string(b))
	}
	_, err = zip.NewReader(bytes.NewReader([]byte("nope")), 4)
	fmt.Println(err)
}
