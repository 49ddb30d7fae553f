"""A small Phi-3 endpoint for infractl's quickstart: GET / answers at once, POST /generate runs the model.

The container starts it with `python app.py --host 0.0.0.0 --port 7860` from /mount/inference (the share
that `infractl deploy` fills). The model loads in the background so the start-up probe on / passes while
the weights download into HF_HOME (/mount/model-cache, which deploy never touches).
"""
import argparse
import os
import threading

import uvicorn
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

MODEL = os.environ.get("MODEL_ID", "microsoft/Phi-3-mini-4k-instruct")
LOCAL_WEIGHTS = "/mount/models/phi3"  # a fine-tuned copy, when the fine-tuning job left one there

app = FastAPI(title="phi3-inference")
state = {"pipeline": None, "error": None}


def load_model():
    try:
        from transformers import pipeline

        source = LOCAL_WEIGHTS if os.path.isdir(LOCAL_WEIGHTS) else MODEL
        state["pipeline"] = pipeline("text-generation", model=source, device_map="auto", torch_dtype="auto")
    except Exception as error:  # reported by GET /, so a failed load is visible without the logs
        state["error"] = repr(error)


class Prompt(BaseModel):
    prompt: str
    max_new_tokens: int = 128


@app.get("/")
def health():
    return {"model": MODEL, "ready": state["pipeline"] is not None, "error": state["error"]}


@app.post("/generate")
def generate(body: Prompt):
    if state["pipeline"] is None:
        raise HTTPException(status_code=503, detail=state["error"] or "the model is still loading")
    messages = [{"role": "user", "content": body.prompt}]
    output = state["pipeline"](messages, max_new_tokens=body.max_new_tokens, return_full_text=False)
    return {"completion": output[0]["generated_text"]}


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="0.0.0.0")
    parser.add_argument("--port", type=int, default=7860)
    args = parser.parse_args()
    threading.Thread(target=load_model, daemon=True).start()
    uvicorn.run(app, host=args.host, port=args.port)
