// difftest: same
package main

// Generic decode and encode helpers for a JSON handler, with a Validator
// interface that the request type implements.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Validator interface {
	Valid() map[string]string
}

type CreateReq struct {
	Name string `json:"name"`
	Qty  int    `json:"qty"`
}

func (c CreateReq) Valid() map[string]string {
	probs := map[string]string{}
	if c.Name == "" {
		probs["name"] = "required"
	}
	if c.Qty <= 0 {
		probs["qty"] = "must be positive"
	}
	return probs
}

type CreateResp struct {
	OK   bool   `json:"ok"`
	Echo string `json:"echo"`
}

func decode[T any](r *http.Request) (T, error) {
	var v T
	if err := json.NewDecoder(r.Body).Decode(&v); err != nil {
		return v, fmt.Errorf("decode json: %w", err)
	}
	return v, nil
}

func decodeValid[T Validator](r *http.Request) (T, map[string]string, error) {
	v, err := decode[T](r)
	if err != nil {
		return v, nil, err
	}
	if p := v.Valid(); len(p) > 0 {
		return v, p, fmt.Errorf("invalid request: %d problems", len(p))
	}
	return v, nil, nil
}

func encode[T any](w http.ResponseWriter, status int, v T) error {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	return json.NewEncoder(w).Encode(v)
}

func handleCreate() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		req, probs, err := decodeValid[CreateReq](r)
		if err != nil {
			var se *json.SyntaxError
			status := http.StatusUnprocessableEntity
			if errors.As(err, &se) || errors.Is(err, io.ErrUnexpectedEOF) {
				status = http.StatusBadRequest
			}
			encode(w, status, map[string]any{"error": err.Error(), "problems": probs})
			return
		}
		encode(w, http.StatusCreated, CreateResp{true, strings.Repeat(req.Name, req.Qty)})
	})
}

func main() {
	srv := httptest.NewServer(handleCreate())
	defer srv.Close()
	for _, body := range []string{`{"name":"ab","qty":2}`, `{"name":"","qty":0}`, `{"name":`, `{"qty":"x"}`} {
		resp, err := http.Post(srv.URL, "application/json", bytes.NewBufferString(body))
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Print(resp.StatusCode, " ", string(b))
	}
}
