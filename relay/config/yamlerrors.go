package config

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

var unknownField = regexp.MustCompile(`^line (\d+): field (\S+) not found in type config\.(\w+)$`)

// typeProblems turns the decoder's type errors into problems: an unknown
// key names the closest key of its section ("did you mean"), anything
// else (a string where a number goes) is reported as the decoder says.
func typeProblems(te *yaml.TypeError) []Problem {
	var out []Problem
	for _, e := range te.Errors {
		m := unknownField.FindStringSubmatch(e)
		if m == nil {
			out = append(out, Problem{"yaml", e})
			continue
		}
		msg := fmt.Sprintf("unknown key %q (line %s)", m[2], m[1])
		if t, ok := sectionTypes()[m[3]]; ok {
			if best := closest(m[2], yamlKeys(t)); best != "" {
				msg += fmt.Sprintf(": did you mean %q?", best)
			} else {
				msg += ": known keys are " + strings.Join(yamlKeys(t), ", ")
			}
		}
		out = append(out, Problem{"yaml", msg})
	}
	return out
}

// sectionTypes maps the name of every struct type reachable from Config
// to its type.
func sectionTypes() map[string]reflect.Type {
	out := map[string]reflect.Type{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || out[t.Name()] != nil {
			return
		}
		out[t.Name()] = t
		for i := 0; i < t.NumField(); i++ {
			walk(t.Field(i).Type)
		}
	}
	walk(reflect.TypeOf(Config{}))
	return out
}

// yamlKeys are the keys a struct type takes in YAML.
func yamlKeys(t reflect.Type) []string {
	var out []string
	for i := 0; i < t.NumField(); i++ {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if name != "" && name != "-" {
			out = append(out, name)
		}
	}
	return out
}

// closest is the key within edit distance 2 of got (case-insensitive),
// the nearest first; "" if none is that close.
func closest(got string, keys []string) string {
	best, bestD := "", 3
	for _, k := range keys {
		if d := editDistance(strings.ToLower(got), strings.ToLower(k)); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}
