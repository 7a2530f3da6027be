"""acsgen: generate typed Python clients, validators and docs from API specs."""
