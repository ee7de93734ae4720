// difftest: same
package main

// A sign-up form checked by the server: every bad field becomes a
// FieldError, and the handler returns them all as one ValidationErrors (a
// slice type with an Error method). The handler finds it with errors.As
// on a value target and answers 422 with one line per field.

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

type FieldError struct {
	Field, Problem string
}

type ValidationErrors []FieldError

func (v ValidationErrors) Error() string {
	parts := make([]string, len(v))
	for i, fe := range v {
		parts[i] = fe.Field + " " + fe.Problem
	}
	return strings.Join(parts, "; ")
}

func validate(form url.Values) error {
	var errs ValidationErrors
	if name := form.Get("name"); len(name) < 2 {
		errs = append(errs, FieldError{"name", "is too short"})
	}
	if !strings.Contains(form.Get("email"), "@") {
		errs = append(errs, FieldError{"email", "needs an @"})
	}
	if age, err := strconv.Atoi(form.Get("age")); err != nil {
		errs = append(errs, FieldError{"age", "is not a number"})
	} else if age < 13 {
		errs = append(errs, FieldError{"age", "must be 13 or more"})
	}
	if len(errs) > 0 {
		return fmt.Errorf("sign-up: %w", errs)
	}
	return nil
}

func signup(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	err := validate(r.PostForm)
	var verrs ValidationErrors
	switch {
	case err == nil:
		fmt.Fprintf(w, "welcome, %s\n", r.PostForm.Get("name"))
	case errors.As(err, &verrs):
		w.WriteHeader(http.StatusUnprocessableEntity)
		for _, fe := range verrs {
			fmt.Fprintf(w, "%s: %s\n", fe.Field, fe.Problem)
		}
	default:
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, http.HandlerFunc(signup))
	forms := []url.Values{
		{"name": {"Ada"}, "email": {"ada@example.test"}, "age": {"36"}},
		{"name": {"B"}, "email": {"nope"}, "age": {"ten"}},
		{"name": {"Cy"}, "email": {"cy@example.test"}, "age": {"9"}},
	}
	for _, f := range forms {
		resp, err := http.PostForm("http://"+ln.Addr().String()+"/signup", f)
		if err != nil {
			fmt.Println(err)
			continue
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%d %s", resp.StatusCode, body)
	}
	err = validate(url.Values{"name": {"x"}, "email": {"a@b"}, "age": {"20"}})
	fmt.Println(err)
}
