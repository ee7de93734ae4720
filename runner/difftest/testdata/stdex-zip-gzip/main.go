// difftest: same
package main

// archive/zip and compress/gzip in memory, as their package examples do:
// write an archive into a buffer, read it back, and compress a stream
// with a header and decompress it.

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"log"
	"strings"
	"time"
)

func main() {
	buf := new(bytes.Buffer)
	w := zip.NewWriter(buf)
	var files = []struct {
		Name, Body string
	}{
		{"readme.txt", "This archive contains some text files."},
		{"gopher.txt", "Gopher names:\nGeorge\nGeoffrey\nGonzo"},
		{"todo.txt", strings.Repeat("Get animal handling licence.\n", 20)},
	}
	for _, file := range files {
		f, err := w.CreateHeader(&zip.FileHeader{Name: file.Name, Method: zip.Deflate, Modified: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)})
		if err != nil {
			log.Fatal(err)
		}
		if _, err := f.Write([]byte(file.Body)); err != nil {
			log.Fatal(err)
		}
	}
	w.SetComment("made in memory")
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}
	fmt.Println("zip bytes:", buf.Len())

	r, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("comment:", r.Comment)
	for _, f := range r.File {
		rc, err := f.Open()
		if err != nil {
			log.Fatal(err)
		}
		body, _ := io.ReadAll(rc)
		rc.Close()
		fmt.Printf("%s: %d bytes (%d compressed), first line %q, %s\n", f.Name, f.UncompressedSize64, f.CompressedSize64, strings.SplitN(string(body), "\n", 2)[0], f.Modified.UTC().Format(time.DateTime))
	}
	_, err = r.Open("missing.txt")
	fmt.Println(err)

	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Name = "a-new-hope.txt"
	zw.Comment = "an epic space opera by George Lucas"
	zw.ModTime = time.Date(1977, time.May, 25, 0, 0, 0, 0, time.UTC)
	_, err = zw.Write([]byte(strings.Repeat("A long time ago in a galaxy far, far away...\n", 10)))
	if err != nil {
		log.Fatal(err)
	}
	zw.Close()
	fmt.Println("gzip bytes:", gz.Len())
	zr, err := gzip.NewReader(&gz)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("Name: %s\nComment: %s\nModTime: %s\n\n", zr.Name, zr.Comment, zr.ModTime.UTC())
	out, err := io.ReadAll(zr)
	fmt.Println(len(out), err, strings.Count(string(out), "galaxy"))
	_, err = gzip.NewReader(strings.NewReader("not gzip"))
	fmt.Println(err)
}
